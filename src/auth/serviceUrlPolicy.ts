/**
 * Which service URL the bot may send a turn's replies to. A Bot Framework channel token names the
 * service URL it was issued for (the "serviceurl" claim): then only that one. A request without such a
 * claim (local mode, an Emulator token) may only name this machine (the loopback) or an origin listed
 * in ALLOWED_SERVICE_URLS, so a caller can never make the bot call an address of its choosing.
 */
import { AuthenticationConstants, type ClaimsIdentity } from 'botframework-connector';
import { isLoopbackHost } from '../config';

export class ServiceUrlPolicy {
  private readonly allowedOrigins: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[] = []) {
    this.allowedOrigins = new Set(allowedOrigins);
  }

  permits(serviceUrl: string | undefined, claims: ClaimsIdentity): boolean {
    const vouched = claims.getClaimValue(AuthenticationConstants.ServiceUrlClaim);
    if (vouched) return vouched === serviceUrl;
    // No URL, no call: the replies can only go back in the response body.
    if (!serviceUrl) return true;
    const url = URL.canParse(serviceUrl) ? new URL(serviceUrl) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
    return isLoopbackHost(url.hostname) || this.allowedOrigins.has(url.origin);
  }
}
