/**
 * The public page's only styling, inline (the CSP allows inline styles; no script is sent). Colours keep WCAG 2.1 AA
 * contrast on white and on the note background: text #1a1a1a (17.4:1), muted #4a4a4a (8.9:1), links #0b4f9c (8.0:1),
 * warnings #a40000 (8.1:1); on the #f3f3f3 note none falls below 7:1.
 */
export const pageStyles = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1rem; line-height: 1.55; color: #1a1a1a; background: #fff; }
header, main, footer { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 1px solid #767676; }
footer { border-top: 1px solid #767676; margin-top: 2rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
a { color: #0b4f9c; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
.skip-link { position: absolute; left: -10000px; top: 0.5rem; background: #fff; padding: 0.5rem 0.75rem; }
.skip-link:focus { left: 0.5rem; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; margin: 0.5rem 0 0; padding: 0; }
.muted { color: #4a4a4a; }
.note { background: #f3f3f3; border-left: 4px solid #0b4f9c; padding: 0.75rem 1rem; }
.warning { color: #a40000; font-weight: 600; }
.suppressed { color: #4a4a4a; font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.35rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid #c4c4c4; }
thead th { border-bottom: 2px solid #1a1a1a; }
ul.statements li, ol.sources li { margin-bottom: 0.5rem; }
.clinician { border-top: 1px solid #c4c4c4; }
`;
