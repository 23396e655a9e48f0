// The package version, exposed as SpasmChecker.version; a test keeps it equal to package.json.
export const version = '0.2.0';
