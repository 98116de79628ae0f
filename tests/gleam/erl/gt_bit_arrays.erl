-module(gt_bit_arrays).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_bit_arrays.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Bit arrays: construction with sizes, endianness, floats, utf8 and\n"
    " nested bit arrays; matching headers and odd bit lengths.\n"
).

-file("src/gt_bit_arrays.gleam", 7).
-spec parse_header(bitstring()) -> {ok, {integer(), integer(), bitstring()}} |
    {error, nil}.
parse_header(B) ->
    case B of
        <<Version:4, Flags:4, Len:16/big, Rest/bitstring>> ->
            {ok, {Version, (Flags * 1000) + Len, Rest}};

        _ ->
            {error, nil}
    end.

-file("src/gt_bit_arrays.gleam", 15).
-spec sum_bytes(bitstring(), integer()) -> integer().
sum_bytes(B, Acc) ->
    case B of
        <<X, Rest/binary>> ->
            sum_bytes(Rest, Acc + X);

        _ ->
            Acc
    end.

-file("src/gt_bit_arrays.gleam", 22).
-spec count_bits(bitstring(), integer()) -> integer().
count_bits(B, Acc) ->
    case B of
        <<1:1, Rest/bitstring>> ->
            count_bits(Rest, Acc + 1);

        <<0:1, Rest@1/bitstring>> ->
            count_bits(Rest@1, Acc);

        _ ->
            Acc
    end.

-file("src/gt_bit_arrays.gleam", 30).
-spec main() -> nil.
main() ->
    gt_ffi:print(<<1, 2, 3>>),
    gt_ffi:print(<<258:16, 258:16/little, -1:8>>),
    gt_ffi:print(<<1.5/float, 2.25:32/float>>),
    gt_ffi:print(<<"héllo"/utf8>>),
    gt_ffi:print(<<1:1, 0:1, 1:1>>),
    gt_ffi:print(<<<<1, 2>>/bitstring, 3:4>>),
    gt_ffi:print(parse_header(<<16#25, 16#01, 16#00, 9, 8>>)),
    gt_ffi:print(parse_header(<<1>>)),
    gt_ffi:print(sum_bytes(<<10, 20, 30, 40>>, 0)),
    gt_ffi:print(count_bits(<<16#FF, 16#0F, 1:3>>, 0)),
    {A@1, B@1} = case <<16#AB, 16#CD>> of
        <<A:12, B:4>> -> {A, B};
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gt_bit_arrays"/utf8>>,
                        function => <<"main"/utf8>>,
                        line => 41,
                        value => _assert_fail,
                        start => 1080,
                        'end' => 1133,
                        pattern_start => 1091,
                        pattern_end => 1116})
    end,
    gt_ffi:print({A@1, B@1}),
    F@1 = case <<3.5/float>> of
        <<F/float>> -> F;
        _assert_fail@1 ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gt_bit_arrays"/utf8>>,
                        function => <<"main"/utf8>>,
                        line => 43,
                        value => _assert_fail@1,
                        start => 1153,
                        'end' => 1191,
                        pattern_start => 1164,
                        pattern_end => 1175})
    end,
    gt_ffi:print(F@1),
    {C@1, Rest@1} = case <<"✓ok"/utf8>> of
        <<C/utf8, Rest/bitstring>> -> {C, Rest};
        _assert_fail@2 ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Pattern match failed, no pattern matched the value."/utf8>>,
                        file => <<?FILEPATH/utf8>>,
                        module => <<"gt_bit_arrays"/utf8>>,
                        function => <<"main"/utf8>>,
                        line => 45,
                        value => _assert_fail@2,
                        start => 1205,
                        'end' => 1266,
                        pattern_start => 1216,
                        pattern_end => 1247})
    end,
    gt_ffi:print({C@1, Rest@1}),
    N = 24,
    gt_ffi:print(<<7:(erlang:max(0, N))>>).
