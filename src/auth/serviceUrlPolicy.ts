/**
 * Which service URL the bot may send a turn's replies to. A Bot Framework channel token names the
 * service URL it was issued for (the "serviceurl" claim): then only that one. A request without such a
 * claim (local mode, an Emulator token) may only name this machine (the loopback) or an origin listed
 * in ALLOWED_SERVICE_URLS, so a caller can never make the bot call an address of its choosing.
 */
import { AuthenticationConstants, type ClaimsIdentity } from 'botframework-connector';
import { isLoopbackHost } from '../config';

/** Service URLs whose answer is kept: a channel names one or two, a client naming new ones each time can't grow it. */
const MAX_REMEMBERED = 1_000;

export class ServiceUrlPolicy {
  private readonly allowedOrigins: ReadonlySet<string>;
  /** The answer for service URLs already seen without a vouching claim: parsing a URL was a visible share of a turn. */
  private readonly remembered = new Map<string, boolean>();

  constructor(allowedOrigins: readonly string[] = []) {
    this.allowedOrigins = new Set(allowedOrigins);
  }

  permits(serviceUrl: string | undefined, claims: ClaimsIdentity): boolean {
    const vouched = claims.getClaimValue(AuthenticationConstants.ServiceUrlClaim);
    if (vouched) return vouched === serviceUrl;
    // No URL, no call: the replies can only go back in the response body.
    if (!serviceUrl) return true;
    let permitted = this.remembered.get(serviceUrl);
    if (permitted === undefined) {
      permitted = this.permitsUnvouched(serviceUrl);
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      this.remembered.set(serviceUrl, permitted);
    }
    return permitted;
  }

  private permitsUnvouched(serviceUrl: string): boolean {
    const url = URL.canParse(serviceUrl) ? new URL(serviceUrl) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
    return isLoopbackHost(url.hostname) || this.allowedOrigins.has(url.origin);
  }
}
