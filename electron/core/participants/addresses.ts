import os from 'node:os';
import type { AddressCandidate } from '../../../shared/api/participants';

// Which address goes into the QR code. Field reports (FreeShow #2901, presenter #190, qrcp #191)
// show the failures: link-local 169.254.x, VirtualBox's 192.168.56.1, Wi-Fi Direct's
// 192.168.137.1 and IPv6 in the code. So: IPv4 only, loopback and link-local dropped, private
// ranges first, virtual adapters pushed down — and the facilitator picks.

const VIRTUAL =
  /vethernet|virtualbox|vbox|vmware|vmnet|docker|br-|veth|wsl|hyper-v|tap|tun|wireguard|wg\d|tailscale|zerotier|utun|loopback|npcap|hamachi|nordlynx|openvpn/i;
// Addresses that virtual adapters use by default even when the name does not say so.
const VIRTUAL_ADDR = [/^192\.168\.56\./, /^192\.168\.137\./, /^172\.17\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];

export function isPrivateIPv4(a: string): boolean {
  return /^10\./.test(a) || /^192\.168\./.test(a) || /^172\.(1[6-9]|2\d|3[01])\./.test(a);
}

export interface RawInterface {
  name: string;
  address: string;
  family: string | number;
  internal: boolean;
}

export function rankAddresses(list: RawInterface[], opts: { includeLoopback?: boolean } = {}): AddressCandidate[] {
  const out: (AddressCandidate & { score: number })[] = [];
  for (const i of list) {
    const v4 = i.family === 'IPv4' || i.family === 4;
    if (!v4) continue;
    const loopback = i.internal || i.address.startsWith('127.');
    if (loopback && !opts.includeLoopback) continue;
    if (i.address.startsWith('169.254.')) continue;
    const virtual = !loopback && (VIRTUAL.test(i.name) || VIRTUAL_ADDR.some((r) => r.test(i.address)));
    const score = (loopback ? 3 : 0) + (virtual ? 2 : 0) + (isPrivateIPv4(i.address) ? 0 : 1);
    out.push({ address: i.address, iface: i.name, virtual, loopback, score });
  }
  out.sort((a, b) => a.score - b.score || a.iface.localeCompare(b.iface) || a.address.localeCompare(b.address));
  return out.map(({ score: _s, ...c }) => c);
}

export function addressCandidates(opts: { includeLoopback?: boolean } = {}): AddressCandidate[] {
  const ifs = os.networkInterfaces();
  const flat: RawInterface[] = [];
  for (const [name, addrs] of Object.entries(ifs)) for (const a of addrs ?? []) flat.push({ name, address: a.address, family: a.family, internal: a.internal });
  return rankAddresses(flat, opts);
}

/** The address belongs to this laptop (or is loopback, allowed for tests and the CLI). */
export function isOwnAddress(address: string): boolean {
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address)) return true;
  return addressCandidates().some((c) => c.address === address);
}
