//// Bit arrays: construction with sizes, endianness, floats, utf8 and
//// nested bit arrays; matching headers and odd bit lengths.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn parse_header(b: BitArray) -> Result(#(Int, Int, BitArray), Nil) {
  case b {
    <<version:4, flags:4, len:16-big, rest:bits>> ->
      Ok(#(version, flags * 1000 + len, rest))
    _ -> Error(Nil)
  }
}

fn sum_bytes(b: BitArray, acc: Int) -> Int {
  case b {
    <<x, rest:bytes>> -> sum_bytes(rest, acc + x)
    _ -> acc
  }
}

fn count_bits(b: BitArray, acc: Int) -> Int {
  case b {
    <<1:1, rest:bits>> -> count_bits(rest, acc + 1)
    <<0:1, rest:bits>> -> count_bits(rest, acc)
    _ -> acc
  }
}

pub fn main() -> Nil {
  print(<<1, 2, 3>>)
  print(<<258:16, 258:16-little, -1:8>>)
  print(<<1.5:float, 2.25:float-32>>)
  print(<<"héllo":utf8>>)
  print(<<1:1, 0:1, 1:1>>)
  print(<<<<1, 2>>:bits, 3:4>>)
  print(parse_header(<<0x25, 0x01, 0x00, 9, 8>>))
  print(parse_header(<<1>>))
  print(sum_bytes(<<10, 20, 30, 40>>, 0))
  print(count_bits(<<0xFF, 0x0F, 1:3>>, 0))
  let assert <<a:size(12), b:size(4)>> = <<0xAB, 0xCD>>
  print(#(a, b))
  let assert <<f:float>> = <<3.5:float>>
  print(f)
  let assert <<c:utf8_codepoint, rest:bits>> = <<"✓ok":utf8>>
  print(#(c, rest))
  let n = 24
  print(<<7:size(n)>>)
}
