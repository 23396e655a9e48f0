export declare const LANGUAGES: string[];
export declare const BUNDLE: string;
export declare const bundleFile: (lang?: string) => string;
export declare const BUNDLES: string[];
