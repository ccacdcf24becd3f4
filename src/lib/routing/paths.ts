/** Where the Internet Archive lists its copies of a page. */
export function archiveUrl(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

export const productPath = (id: string) => `/products/${id}/`;
export const casePath = (id: string) => `/cases/${id}/`;
export const riskPath = (id: string) => `/risks/${id}/`;
