import { BlockList, isIP } from 'node:net';

/**
 * Who is asking, for the per-address sign-in limits. It is the socket's peer, unless that peer is a
 * trusted proxy (TRUSTED_PROXIES, e.g. the portal's server, which forwards the browser's address): then
 * the last address in X-Forwarded-For, the one that proxy added. Addresses further left were written by
 * whoever sent the request to the proxy, so they are never believed.
 */
export class ClientAddresses {
  private readonly trusted = new BlockList();

  /** `list`: addresses and CIDR ranges, comma-separated, e.g. `127.0.0.1,::1,10.0.0.0/8`. */
  constructor(list: string) {
    for (const entry of list.split(',').map((item) => item.trim()).filter(Boolean)) {
      const [address, prefix] = entry.split('/');
      const family = isIP(address);
      if (!family) throw new Error(`TRUSTED_PROXIES: ${entry} is not an IP address or CIDR range`);
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.trusted.addAddress(address, type);
      else this.trusted.addSubnet(address, Number(prefix), type);
    }
  }

  of(peer: string | undefined, forwardedFor: string | string[] | undefined): string | null {
    const direct = normalise(peer);
    if (!direct || !this.isTrusted(direct)) return direct;
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').map((hop) => normalise(hop.trim()));
    return hops[hops.length - 1] ?? direct;
  }

  private isTrusted(address: string): boolean {
    return this.trusted.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
  }
}

/** An IPv4 address as IPv6 sockets report it (`::ffff:127.0.0.1`) is the IPv4 address. */
function normalise(address: string | undefined): string | null {
  if (!address) return null;
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  return isIP(plain) ? plain : null;
}

export const DEFAULT_TRUSTED_PROXIES = '127.0.0.1,::1';
