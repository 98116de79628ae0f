//// A word-counting actor under a static supervisor. The actor is asked to
//// crash; the supervisor starts a fresh one under the same name, and the
//// program goes on with it. Around that: string, dict and float work.

import gleam/dict.{type Dict}
import gleam/erlang/process.{type Subject}
import gleam/float
import gleam/int
import gleam/io
import gleam/list
import gleam/option.{None, Some}
import gleam/order
import gleam/otp/actor
import gleam/otp/static_supervisor as supervisor
import gleam/otp/supervision
import gleam/string

pub type Message {
  Add(word: String)
  Top(reply: Subject(List(#(String, Int))))
  Crash
}

const text = "the quick brown fox jumps over the lazy dog the fox
  Ünïcödé wörds count too: naïve café, naïve café, 👋🏽 hello 👋🏽"

fn handle(
  counts: Dict(String, Int),
  message: Message,
) -> actor.Next(Dict(String, Int), Message) {
  case message {
    Add(word) ->
      actor.continue(
        dict.upsert(counts, word, fn(n) {
          case n {
            Some(n) -> n + 1
            None -> 1
          }
        }),
      )
    Top(reply) -> {
      let top =
        dict.to_list(counts)
        |> list.sort(fn(a, b) {
          case int.compare(b.1, a.1) {
            order.Eq -> string.compare(a.0, b.0)
            other -> other
          }
        })
        |> list.take(5)
      process.send(reply, top)
      actor.continue(counts)
    }
    Crash -> panic as "asked to crash"
  }
}

fn start_counter(name: process.Name(Message)) {
  actor.new(dict.new())
  |> actor.named(name)
  |> actor.on_message(handle)
  |> actor.start
}

@external(erlang, "logger", "set_primary_config")
fn set_logger_config(key: key, value: value) -> Nil

@external(erlang, "erlang", "binary_to_atom")
fn atom(name: String) -> key

pub fn main() -> Nil {
  // The crash below is reported by OTP's logger with a timestamp and pids;
  // silence it so that runs can be compared byte for byte.
  set_logger_config(atom("level"), atom("none"))
  let name = process.new_name("word_counter")
  let assert Ok(_) =
    supervisor.new(supervisor.OneForOne)
    |> supervisor.add(supervision.worker(fn() { start_counter(name) }))
    |> supervisor.start
  let counter = process.named_subject(name)

  let words =
    text
    |> string.lowercase
    |> string.replace(",", " ")
    |> string.replace(":", " ")
    |> string.split(" ")
    |> list.map(string.trim)
    |> list.filter(fn(w) { w != "" })
  list.each(words, fn(w) { process.send(counter, Add(w)) })
  io.println("words: " <> int.to_string(list.length(words)))
  io.println("top: " <> string.inspect(process.call(counter, 1000, Top)))

  let lengths = list.map(words, string.length)
  let mean = int.to_float(int.sum(lengths)) /. int.to_float(list.length(lengths))
  io.println("mean length: " <> float.to_string(float.to_precision(mean, 3)))
  io.println("graphemes of 👋🏽: " <> int.to_string(string.length("👋🏽")))
  io.println("reversed: " <> string.reverse("naïve café"))
  io.println("floats: " <> string.inspect([0.1 +. 0.2, 1.0e21, float.square_root(2.0) |> result_or(0.0)]))

  process.send(counter, Crash)
  process.sleep(50)
  let counter = process.named_subject(name)
  process.send(counter, Add("again"))
  io.println("after restart: " <> string.inspect(process.call(counter, 1000, Top)))
}

fn result_or(r: Result(a, e), default: a) -> a {
  case r {
    Ok(v) -> v
    Error(_) -> default
  }
}
