-module(cf_bits_float).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    Fs = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 3.141592653589793, 65504.0, 1.0e-5,
          6.103515625e-5, 5.960464477539063e-8, 3.4028234663852886e38, 1.0e300,
          -2.5e-310, 123456.789, 1.0e10],
    lists:foreach(
      fun(F0) ->
              F = I(F0),
              B64 = <<F:64/float>>,
              B64L = <<F:64/float-little>>,
              <<R64:64/float>> = B64,
              <<R64L:64/float-little>> = B64L,
              B32 = t(fun() -> <<F:32/float>> end),
              R32 = case B32 of <<X32:32/float>> -> X32; _ -> none end,
              B16 = t(fun() -> <<F:16/float>> end),
              R16 = case B16 of <<X16:16/float>> -> X16; _ -> none end,
              p(F0, {B64, B64L, R64 =:= F, R64L =:= F, B32, R32, B16, R16})
      end, Fs),
    %% integers are converted when building float segments
    p(int_to_float, [<<(I(1)):64/float>>, <<(I(-3)):32/float>>, <<(I(2)):16/float>>,
                     t(fun() -> <<(I(1 bsl 1100)):64/float>> end)]),
    %% bad values
    p(bad_float_build, [t(fun() -> <<(I(a)):64/float>> end),
                        t(fun() -> <<(I(1.0)):(I(24))/float>> end),
                        t(fun() -> <<(I(1.0)):(I(8))/float>> end)]),
    %% NaN / Inf bit patterns do not match as floats
    Pats = [<<16#7FF0000000000000:64>>, <<16#FFF0000000000000:64>>, <<16#7FF8000000000000:64>>,
            <<16#7F800000:32>>, <<16#7FC00000:32>>, <<16#7C00:16>>, <<16#FC00:16>>, <<16#7E00:16>>],
    p(nan_inf, [match_float(I(P)) || P <- Pats]),
    %% subnormals and exact bit patterns
    p(patterns64, [begin <<F:64/float>> = <<(I(X)):64>>, F end
                   || X <- [1, 16#000FFFFFFFFFFFFF, 16#0010000000000000, 16#3FF0000000000001,
                            16#7FEFFFFFFFFFFFFF, 16#8000000000000000, 16#C000000000000000]]),
    p(patterns32, [begin <<F:32/float>> = <<(I(X)):32>>, F end
                   || X <- [1, 16#007FFFFF, 16#00800000, 16#3F800001, 16#7F7FFFFF, 16#80000000, 16#3EAAAAAB]]),
    p(patterns16, [begin <<F:16/float>> = <<(I(X)):16>>, F end
                   || X <- [1, 16#03FF, 16#0400, 16#3C00, 16#3C01, 16#7BFF, 16#8000, 16#3555, 16#C000]]),
    %% rounding to float32 / float16
    p(round32, [begin <<F:32/float>> = <<(I(X)):32/float>>, F end || X <- [0.1, 1.0e-40, 16777217.0, 2.0e-45]]),
    p(round16, [begin <<F:16/float>> = <<(I(X)):16/float>>, F end || X <- [0.1, 1.0e-7, 2049.0, 65519.0, 3.0e-8]]),
    p(overflow, [t(fun() -> <<(I(X)):S/float>> end) || {X, S} <- [{1.0e39, 32}, {65520.0, 16}, {1.0e5, 16}]]),
    %% floats in mixed segments, unaligned
    Mixed = <<(I(1)):3, (I(2.5)):64/float, (I(-1.25)):32/float-little, (I(0.75)):16/float, 7:5>>,
    <<A:3, F1:64/float, F2:32/float-little, F3:16/float, Z:5>> = Mixed,
    p(mixed, {Mixed, bit_size(Mixed), A, F1, F2, F3, Z}),
    %% native float round trip
    <<NF:64/float-native>> = <<(I(2.75)):64/float-native>>,
    p(native, NF),
    ok.

match_float(B) ->
    case B of
        <<F:64/float>> -> {ok64, F};
        <<F:32/float>> -> {ok32, F};
        <<F:16/float>> -> {ok16, F};
        _ -> nomatch
    end.

t(F) -> try F() catch C:R -> {C, R} end.
