-module(gr_panic).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gr_panic.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Run through the compiler's entry module (as `gleam run` does): prints,\n"
    " then panics; the runtime error report goes to standard error and the\n"
    " exit status is 1.\n"
).

-file("src/gr_panic.gleam", 8).
-spec check(integer()) -> integer().
check(N) ->
    case N > 2 of
        true ->
            erlang:error(#{gleam_error => panic,
                    message => <<"n is too large"/utf8>>,
                    file => <<?FILEPATH/utf8>>,
                    module => <<"gr_panic"/utf8>>,
                    function => <<"check"/utf8>>,
                    line => 10});

        false ->
            N
    end.

-file("src/gr_panic.gleam", 15).
-spec main() -> nil.
main() ->
    gt_ffi:println(<<"before the panic ✓"/utf8>>),
    _ = check(1),
    _ = check(3),
    gt_ffi:println(<<"not reached"/utf8>>).
