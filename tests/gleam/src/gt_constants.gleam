//// Module constants: scalars, lists, tuples, records and bit arrays as
//// constants, and constants referring to other constants.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

pub type Colour {
  Rgb(r: Int, g: Int, b: Int)
}

const answer = 42

const pi = 3.14159

const name = "beamr"

const primes = [2, 3, 5, 7, 11, 13]

const pair = #(answer, name)

pub const red = Rgb(255, 0, 0)

const palette = [red, Rgb(0, 255, 0), Rgb(r: 0, g: 0, b: 255)]

const magic = <<0xCA, 0xFE, answer>>

pub fn main() -> Nil {
  print(answer)
  print(pi)
  print(name)
  print(primes)
  print(pair)
  print(red)
  print(palette)
  print(magic)
  print(red.g + answer)
}
