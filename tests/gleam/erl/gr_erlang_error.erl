-module(gr_erlang_error).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gr_erlang_error.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Run through the compiler's entry module: an error raised by Erlang\n"
    " code (a badarith) is reported with its class and the stack.\n"
).

-file("src/gr_erlang_error.gleam", 10).
-spec main() -> nil.
main() ->
    gt_ffi:println(<<"about to fail"/utf8>>),
    erlang:error({<<"bad"/utf8>>, 42}).
