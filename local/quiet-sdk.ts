// Imported first by start.ts: the AWS SDK warns about Node 20 when a client is created, and
// ES module imports run before the body of the module that imports them.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
export {};
