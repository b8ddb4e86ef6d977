// Written by web/build.ts: the built stylesheet and script, for pages the API renders.
export const ASSETS = {
  'css': '/assets/styles-BMZXXTKn.css',
  'js': '/assets/site-DdbvbLJc.js',
  'staffJs': '/assets/staff-CVJFIbXD.js'
} as const;
