// Written by web/build.ts: the built stylesheet and script, for pages the API renders.
export const ASSETS = {
  'css': '/assets/styles-C10gA524.css',
  'js': '/assets/site-OX0ZzO0f.js',
  'staffJs': '/assets/staff-B5iJKNg_.js'
} as const;
