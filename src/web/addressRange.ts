import { isIPv4, isIPv6 } from 'node:net';

/**
 * Which range an IP address is in, so that a fetch only ever connects to the public internet: loopback, private
 * (RFC 1918), shared (CGNAT, RFC 6598), link-local, unique-local IPv6, multicast, unspecified, documentation,
 * benchmarking and reserved ranges are not public, and neither are the cloud metadata addresses (169.254.169.254,
 * fd00:ec2::254, …). An IPv6 address that carries an IPv4 one (`::ffff:10.0.0.1`, NAT64 `64:ff9b::/96`, 6to4
 * `2002::/16`) is in the range of the IPv4 address it carries. IPv6 outside 2000::/3 is not public.
 */

export type AddressRange =
  | 'public'
  | 'cloud metadata'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared (CGNAT)'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'benchmarking'
  | 'reserved'
  | 'not an IP address';

interface Block {
  base: bigint;
  bits: number;
  range: AddressRange;
}

function ipv4Value(address: string): bigint {
  return address.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

/** `2001:db8::1`, `::ffff:10.0.0.1` → the 128-bit value. */
function ipv6Value(address: string): bigint {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/u.exec(text);
  if (dotted) {
    const v4 = ipv4Value(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].reduce((value, group) => (value << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
}

function blocks(table: Array<[string, AddressRange]>, parse: (a: string) => bigint): Block[] {
  return table.map(([cidr, range]) => {
    const [base, bits] = cidr.split('/');
    return { base: parse(base!), bits: Number(bits), range };
  });
}

/** Most specific first: the first block an address falls in names its range. */
const IPV4_BLOCKS = blocks(
  [
    ['169.254.169.254/32', 'cloud metadata'],
    ['169.254.170.2/32', 'cloud metadata'],
    ['168.63.129.16/32', 'cloud metadata'],
    ['100.100.100.200/32', 'cloud metadata'],
    ['0.0.0.0/8', 'unspecified'],
    ['10.0.0.0/8', 'private'],
    ['100.64.0.0/10', 'shared (CGNAT)'],
    ['127.0.0.0/8', 'loopback'],
    ['169.254.0.0/16', 'link-local'],
    ['172.16.0.0/12', 'private'],
    ['192.0.0.0/24', 'reserved'],
    ['192.0.2.0/24', 'documentation'],
    ['192.88.99.0/24', 'reserved'],
    ['192.168.0.0/16', 'private'],
    ['198.18.0.0/15', 'benchmarking'],
    ['198.51.100.0/24', 'documentation'],
    ['203.0.113.0/24', 'documentation'],
    ['224.0.0.0/4', 'multicast'],
    ['255.255.255.255/32', 'broadcast'],
    ['240.0.0.0/4', 'reserved'],
  ],
  ipv4Value,
);

const IPV6_BLOCKS = blocks(
  [
    ['::/128', 'unspecified'],
    ['::1/128', 'loopback'],
    ['fd00:ec2::254/128', 'cloud metadata'],
    ['64:ff9b:1::/48', 'reserved'],
    ['100::/64', 'reserved'],
    ['2001::/23', 'reserved'],
    ['2001:db8::/32', 'documentation'],
    ['fc00::/7', 'unique-local'],
    ['fe80::/10', 'link-local'],
    ['fec0::/10', 'reserved'],
    ['ff00::/8', 'multicast'],
  ],
  ipv6Value,
);

function inBlock(value: bigint, block: Block, width: number): boolean {
  const shift = BigInt(width - block.bits);
  return value >> shift === block.base >> shift;
}

function ipv4Range(value: bigint): AddressRange {
  return IPV4_BLOCKS.find((block) => inBlock(value, block, 32))?.range ?? 'public';
}

function ipv6Range(value: bigint): AddressRange {
  const prefix96 = value >> 32n;
  // IPv4-mapped (::ffff:0:0/96) and NAT64 (64:ff9b::/96) carry an IPv4 address in their last 32 bits.
  if (prefix96 === 0xffffn || prefix96 === 0x64ff9b0000000000000000n) return ipv4Range(value & 0xffffffffn);
  // 6to4 (2002::/16) carries one in the 32 bits after its prefix.
  if (value >> 112n === 0x2002n) return ipv4Range((value >> 80n) & 0xffffffffn);
  const listed = IPV6_BLOCKS.find((block) => inBlock(value, block, 128))?.range;
  if (listed) return listed;
  return value >> 125n === 1n ? 'public' : 'reserved';
}

export function addressRange(address: string): AddressRange {
  const bare = address.replace(/^\[|\]$/gu, '').replace(/%.*$/u, '');
  if (isIPv4(bare)) return ipv4Range(ipv4Value(bare));
  if (isIPv6(bare)) return ipv6Range(ipv6Value(bare));
  return 'not an IP address';
}
