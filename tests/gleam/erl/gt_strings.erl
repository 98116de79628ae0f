-module(gt_strings).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_strings.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Strings: prefix patterns, concatenation, unicode text and escapes,\n"
    " string equality in guards.\n"
).

-file("src/gt_strings.gleam", 13).
-spec command(binary()) -> binary().
command(Line) ->
    case Line of
        <<"say "/utf8, Rest/binary>> ->
            <<"saying: "/utf8, Rest/binary>>;

        <<"add "/utf8, N/binary>> ->
            <<"adding "/utf8, N/binary>>;

        <<""/utf8>> ->
            <<"nothing"/utf8>>;

        <<"ü"/utf8, Rest@1/binary>> ->
            <<"umlaut then "/utf8, Rest@1/binary>>;

        Other ->
            <<"unknown: "/utf8, Other/binary>>
    end.

-file("src/gt_strings.gleam", 23).
-spec repeat(binary(), integer()) -> binary().
repeat(S, N) ->
    case N =< 0 of
        true ->
            <<""/utf8>>;

        false ->
            <<S/binary, (repeat(S, N - 1))/binary>>
    end.

-file("src/gt_strings.gleam", 30).
-spec main() -> nil.
main() ->
    gt_ffi:println(command(<<"say hello"/utf8>>)),
    gt_ffi:println(command(<<"add 42"/utf8>>)),
    gt_ffi:println(command(<<""/utf8>>)),
    gt_ffi:println(command(<<"übel"/utf8>>)),
    gt_ffi:println(command(<<"quit"/utf8>>)),
    gt_ffi:println(repeat(<<"ab"/utf8>>, 5)),
    Greeting = <<"héllo wörld ✓ 🎉"/utf8>>,
    gt_ffi:println(Greeting),
    gt_ffi:print(Greeting),
    gt_ffi:print(erlang:byte_size(Greeting)),
    gt_ffi:println(<<"tab\there \"quoted\" back\\slash \x{1F600}"/utf8>>),
    gt_ffi:print((<<"a"/utf8, "b"/utf8>>) =:= <<"ab"/utf8>>),
    gt_ffi:print(case gt_ffi:id(<<"abc"/utf8>>) of
            S when S =:= <<"abc"/utf8>> ->
                true;

            _ ->
                false
        end).
