// Line icons drawn in the text colour, so they follow the theme and the button state.
import type { ComponentChildren } from 'preact';

export function Icon({ children }: { children: ComponentChildren }) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.75"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const LockIcon = () => (
  <Icon>
    <rect x="5" y="11" width="14" height="9" rx="2" />
    <path d="M8.5 11V8a3.5 3.5 0 0 1 7 0v3" />
  </Icon>
);

export const GearIcon = () => (
  <Icon>
    <path d="M18.94 10.08L21.39 10.57L21.39 13.43L18.94 13.92L18.26 15.55L19.65 17.63L17.63 19.65L15.55 18.26L13.92 18.94L13.43 21.39L10.57 21.39L10.08 18.94L8.45 18.26L6.37 19.65L4.35 17.63L5.74 15.55L5.06 13.92L2.61 13.43L2.61 10.57L5.06 10.08L5.74 8.45L4.35 6.37L6.37 4.35L8.45 5.74L10.08 5.06L10.57 2.61L13.43 2.61L13.92 5.06L15.55 5.74L17.63 4.35L19.65 6.37L18.26 8.45Z" />
    <circle cx="12" cy="12" r="3" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M12 5v14M5 12h14" />
  </Icon>
);

export const TrashIcon = () => (
  <Icon>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3" />
  </Icon>
);

export const CopyIcon = () => (
  <Icon>
    <rect x="9" y="9" width="11" height="11" rx="2" />
    <path d="M5 15V6a2 2 0 0 1 2-2h8" />
  </Icon>
);

export const SaveIcon = () => (
  <Icon>
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
  </Icon>
);

/** The app's mark: the mended bowl from the app icon, without its tile. */
export function Mark({ size = 32 }: { size?: number }) {
  return (
    <svg
      class="mark"
      viewBox="60 150 392 270"
      width={size}
      height={(size * 270) / 392}
      aria-hidden="true"
      focusable="false"
    >
      <rect class="mark-foot" x="196" y="372" width="120" height="36" rx="12" />
      <path class="mark-body" d="M84 214 H428 A172 178 0 0 1 84 214 Z" />
      <ellipse class="mark-rim" cx="256" cy="214" rx="172" ry="38" />
      <ellipse class="mark-inside" cx="256" cy="220" rx="152" ry="26" />
      <path class="mark-seam" d="M306 180 L292 226 L318 266 L280 308 L302 346 L292 392" stroke-width="22" />
      <path class="mark-seam" d="M318 266 L366 282 L420 276" stroke-width="15" />
    </svg>
  );
}
