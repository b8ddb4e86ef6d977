// Imported first by run.ts and soak.ts: the benchmark prints its tables, not the handlers' JSON logs or
// the SDK's Node-version warning (ES module imports run before the importing module's body).
process.env.LOG_LEVEL = 'SILENT';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
export {};
