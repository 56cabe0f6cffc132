export declare function sharedPath(relative: string, without: string): string | null;
