// The writing direction of a text, from its first strongly directional letter: what dir="auto"
// would choose. A text area with dir="auto" re-resolves direction on every layout, which takes
// the browser minutes for one paragraph of megabytes; very long texts get their direction from
// here instead, once.

const RIGHT_TO_LEFT =
  /\p{Script=Hebrew}|\p{Script=Arabic}|\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko}|\p{Script=Samaritan}|\p{Script=Mandaic}|\p{Script=Adlam}|\p{Script=Hanifi_Rohingya}/u;
const LETTER = /\p{L}/u;

/** 'rtl' or 'ltr' after the first letter among the opening `scanChars`; null without one. */
export function textDirection(text: string, scanChars = 4000): 'ltr' | 'rtl' | null {
  for (const char of text.slice(0, scanChars)) {
    if (LETTER.test(char)) return RIGHT_TO_LEFT.test(char) ? 'rtl' : 'ltr';
  }
  return null;
}
