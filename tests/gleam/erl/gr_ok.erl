-module(gr_ok).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gr_ok.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Run through the compiler's entry module: a program that ends normally\n"
    " exits 0, with unicode output written as UTF-8.\n"
).

-file("src/gr_ok.gleam", 10).
-spec main() -> nil.
main() ->
    gt_ffi:println(<<"héllo wörld ✓ 🎉"/utf8>>),
    gt_ffi:print(<<"ünïcode"/utf8>>),
    gt_ffi:print(<<16#CA, 16#FE>>).
