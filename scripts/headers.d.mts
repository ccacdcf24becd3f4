export function readHeaders(path: string): Record<string, string>;
