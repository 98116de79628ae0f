#!/usr/bin/env python3
"""Shows the firmware's heap where a run failed (or ended), from the
alloc.trace its `alloc-trace` feature writes: what is in use, the free
holes by size, and the large blocks in address order with when each was
allocated, which tells which blocks split the free memory.

    alloc-trace.py alloc.trace REGION_BYTES [MIN_BLOCK_BYTES]

The region is taken to start at the lowest address handed out (first fit
hands out the region's start first)."""
import struct
import sys


def main():
    path, region = sys.argv[1], int(sys.argv[2])
    min_block = int(sys.argv[3]) if len(sys.argv) > 3 else 2048
    data = open(path, "rb").read()
    live, born, start, failed = {}, {}, None, None
    for i in range(len(data) // 9):
        kind, addr, size = struct.unpack_from("<BII", data, i * 9)
        if kind == 0:
            live[addr], born[addr] = size, i
            start = addr if start is None else min(start, addr)
        elif kind == 1:
            live.pop(addr, None)
        else:
            failed = (i, size)
            break
    if start is None:
        sys.exit("no allocations in the trace")
    end = start + region
    used = sum(live.values())
    holes, at = [], start
    for addr, size in sorted(live.items()):
        if addr > at:
            holes.append((at, addr - at))
        # linked_list_allocator rounds blocks up to 8 bytes.
        at = max(at, addr + (size + 7) // 8 * 8)
    if end > at:
        holes.append((at, end - at))
    if failed:
        print(f"failed at event {failed[0]}: a request for {failed[1]} B")
    else:
        print("the run ended without a failed request")
    print(f"in use {used} B in {len(live)} blocks; free {sum(h for _, h in holes)} B")
    print("largest holes:", ", ".join(str(h) for _, h in sorted(holes, key=lambda h: -h[1])[:12]))
    print(f"blocks of {min_block} B or more (offset, size, allocated at event):")
    for addr, size in sorted(live.items()):
        if size >= min_block:
            print(f"  {addr - start:8d} {size:8d} {born[addr]:8d}")


main()
