// Written by web/build.ts: the built stylesheet and script, for pages the API renders.
export const ASSETS = {
  'css': '/assets/styles-Cmp9HRTp.css',
  'js': '/assets/site-C-ZsiySh.js',
  'staffJs': '/assets/staff-CyFWLeOc.js'
} as const;
