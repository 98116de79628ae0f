-module(cf_bits_integer).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    Vals = [0, 1, -1, 127, 128, -128, 255, 256, 65535, -32768, 16#12345678,
            -16#12345678, 16#7FFFFFFFFFFFFFFF, -16#8000000000000000, 16#FFFFFFFFFFFFFFFF,
            16#123456789ABCDEF01],
    %% construction with different sizes; values are truncated to size
    lists:foreach(
      fun(V0) ->
              V = I(V0),
              p({build, V0}, [<<V:8>>, <<V:16>>, <<V:16/little>>, <<V:24/big>>,
                              <<V:32/little>>, <<V:7>>, <<V:12/little>>])
      end, Vals),
    %% 64 and 72 bit fields
    p(b64, [<<(I(V)):64>> || V <- [1, -1, 16#0102030405060708]]),
    p(b64le, [<<(I(V)):64/little>> || V <- [1, -1, 16#0102030405060708]]),
    p(b72, [<<(I(V)):72/signed>> || V <- [-2, 16#FF0102030405060708]]),
    %% matching signed/unsigned
    B = I(<<255, 254, 128, 1, 0, 255, 7, 9>>),
    <<U8:8, S8:8/signed, U16:16, S16L:16/little-signed, U16L:16/little-unsigned>> = B,
    p(match1, {U8, S8, U16, S16L, U16L}),
    <<A:3, Bb:5/signed, C:13/little, D:11/signed-little, E:16, F:3/little, G:13/signed>> = B,
    p(match_odd, {A, Bb, C, D, E, F, G}),
    <<W48:48/signed, _/binary>> = B,
    <<W48L:48/little, _:16>> = B,
    p(match48, {W48, W48L}),
    %% sign boundaries for each size 1..16
    p(signed_extremes,
      [begin
           Min = -(1 bsl (N - 1)), Max = (1 bsl (N - 1)) - 1,
           <<M1:N/signed>> = <<(I(Min)):N>>,
           <<M2:N/signed>> = <<(I(Max)):N>>,
           <<M3:N/unsigned>> = <<(I(-1)):N>>,
           {N, M1, M2, M3}
       end || N <- [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65]]),
    %% size from variable, unit
    p(var_size, [<<(I(5)):(I(N))/unit:4>> || N <- [1, 2, 3]]),
    p(var_size_match, [begin <<X:N/unit:4, Rest/bits>> = I(<<16#AB, 16#CD>>), {X, Rest} end || N <- [1, 2, 3]]),
    %% size 0
    p(size0, {<<(I(123)):0>>, begin <<Z:0, R0/binary>> = I(<<1>>), {Z, R0} end}),
    %% native endian: must equal big or little; round trip
    N32 = <<(I(16#01020304)):32/native>>,
    p(native_is_big_or_little, N32 =:= <<1, 2, 3, 4>> orelse N32 =:= <<4, 3, 2, 1>>),
    <<NV:32/native>> = N32,
    <<NS:16/native-signed>> = <<(I(-2)):16/native>>,
    p(native_roundtrip, {NV, NS}),
    %% bignum fields
    Big = I(16#DEADBEEFCAFEBABE1234567890ABCDEF),
    BB = <<Big:128>>,
    <<BigBack:128>> = BB,
    <<BigLe:128/little>> = BB,
    p(bignum, {BB, BigBack =:= Big, BigLe}),
    p(neg_bignum, <<(I(-Big)):136/signed>>),
    <<NegBack:136/signed>> = <<(I(-Big)):136/signed>>,
    p(neg_bignum_back, NegBack =:= -Big),
    %% integer segments with float/atom values
    p(bad_build, [t(fun() -> <<(I(1.5)):8>> end), t(fun() -> <<(I(a)):8>> end),
                  t(fun() -> <<(I(1)):(I(-1))>> end), t(fun() -> <<(I(1)):(I(x))>> end)]),
    %% match failures
    p(short_match, [t(fun() -> <<_:32>> = I(<<1, 2, 3>>), ok end),
                    t(fun() -> <<_:8, _/binary>> = I(<<>>), ok end)]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
