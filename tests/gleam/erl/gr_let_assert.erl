-module(gr_let_assert).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gr_let_assert.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Run through the compiler's entry module: a failing `let assert` shows\n"
    " the unmatched value in the report.\n"
).

-file("src/gr_let_assert.gleam", 7).
-spec parse(binary()) -> {ok, integer()} | {error, binary()}.
parse(S) ->
    case S of
        <<"one"/utf8>> ->
            {ok, 1};

        _ ->
            {error, <<"unknown word: "/utf8, S/binary>>}
    end.

-file("src/gr_let_assert.gleam", 14).
-spec main() -> nil.
main() ->
    A@1 = case parse(<<"one"/utf8>>) of
        {ok, A} -> A;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gr_let_assert"/utf8>>,
                        function => <<"main"/utf8>>,
                        line => 15,
                        value => _assert_fail,
                        start => 330,
                        'end' => 361,
                        pattern_start => 341,
                        pattern_end => 346})
    end,
    gt_ffi:println(<<"parsed one"/utf8>>),
    case parse(<<"two"/utf8>>) of
        {ok, _} -> nil;
        _assert_fail@1 ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gr_let_assert"/utf8>>,
                        function => <<"main"/utf8>>,
                        line => 17,
                        value => _assert_fail@1,
                        start => 388,
                        'end' => 419,
                        pattern_start => 399,
                        pattern_end => 404})
    end,
    gt_ffi:println(<<"unreachable"/utf8>>),
    _ = A@1,
    nil.
