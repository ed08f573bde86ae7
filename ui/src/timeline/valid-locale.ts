// uPlot formats numbers with `new Intl.NumberFormat(navigator.language)` as soon as it loads.
// Where the system locale is not a language tag Intl accepts (LANG=C reaches WebKitGTK as "c"),
// that throws and no chart is ever drawn. Imported before uPlot, this puts a valid tag in its
// place; everywhere else the person's own language is left as it is.
try {
  new Intl.NumberFormat(navigator.language);
} catch {
  Object.defineProperty(navigator, 'language', { value: 'en-GB', configurable: true });
}
