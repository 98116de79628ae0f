-module(gt_use).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_use.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " `use`: callbacks written as straight-line code, for results, for\n"
    " resource-style wrappers and for list iteration.\n"
).

-file("src/gt_use.gleam", 7).
-spec 'try'({ok, AIH} | {error, AII}, fun((AIH) -> {ok, AIL} | {error, AII})) -> {ok,
        AIL} |
    {error, AII}.
'try'(R, Next) ->
    case R of
        {ok, X} ->
            Next(X);

        {error, E} ->
            {error, E}
    end.

-file("src/gt_use.gleam", 14).
-spec parse_digit(binary()) -> {ok, integer()} | {error, binary()}.
parse_digit(C) ->
    case C of
        <<"0"/utf8>> ->
            {ok, 0};

        <<"1"/utf8>> ->
            {ok, 1};

        <<"2"/utf8>> ->
            {ok, 2};

        <<"3"/utf8>> ->
            {ok, 3};

        _ ->
            {error, <<"bad digit "/utf8, C/binary>>}
    end.

-file("src/gt_use.gleam", 24).
-spec add_digits(binary(), binary()) -> {ok, integer()} | {error, binary()}.
add_digits(A, B) ->
    'try'(
        parse_digit(A),
        fun(X) -> 'try'(parse_digit(B), fun(Y) -> {ok, (X * 10) + Y} end) end
    ).

-file("src/gt_use.gleam", 30).
-spec with_log(binary(), fun(() -> AIU)) -> AIU.
with_log(Name, F) ->
    gt_ffi:print({<<"enter"/utf8>>, Name}),
    R = F(),
    gt_ffi:print({<<"leave"/utf8>>, Name}),
    R.

-file("src/gt_use.gleam", 37).
-spec each(list(AIV), fun((AIV) -> nil)) -> nil.
each(L, F) ->
    case L of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-file("src/gt_use.gleam", 47).
-spec main() -> nil.
main() ->
    gt_ffi:print(add_digits(<<"1"/utf8>>, <<"3"/utf8>>)),
    gt_ffi:print(add_digits(<<"1"/utf8>>, <<"x"/utf8>>)),
    V = begin
        with_log(<<"block"/utf8>>, fun() -> 21 * 2 end)
    end,
    gt_ffi:print(V),
    each([1, 2, 3], fun(X) -> gt_ffi:print(X * X) end).
