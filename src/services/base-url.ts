// Where the h5 build finds the local cloud: same origin by default; tests point it at their server.
let baseUrl = '';

export function setBaseUrl(url: string): void {
  baseUrl = url.replace(/\/+$/, '');
}

export function getBaseUrl(): string {
  return baseUrl;
}
