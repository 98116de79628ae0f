-module(cf_bits_utf).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    Cps = [0, $A, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 16#E9, 16#20AC, 16#1F600, 16#D7FF, 16#E000],
    lists:foreach(
      fun(C0) ->
              C = I(C0),
              U8 = <<C/utf8>>, U16 = <<C/utf16>>, U16L = <<C/utf16-little>>,
              U32 = <<C/utf32>>, U32L = <<C/utf32-little>>,
              <<D8/utf8>> = U8, <<D16/utf16>> = U16, <<D16L/little-utf16>> = U16L,
              <<D32/utf32>> = U32, <<D32L/utf32-little>> = U32L,
              p(C0, {U8, U16, U16L, U32, U32L, [D8, D16, D16L, D32, D32L] =:= [C, C, C, C, C]})
      end, Cps),
    %% invalid code points
    Bad = [16#D800, 16#DFFF, 16#110000, -1, a, 1.0],
    p(bad_utf8, [t(fun() -> <<(I(X))/utf8>> end) || X <- Bad]),
    p(bad_utf16, [t(fun() -> <<(I(X))/utf16>> end) || X <- Bad]),
    p(bad_utf32, [t(fun() -> <<(I(X))/utf32>> end) || X <- Bad]),
    %% invalid encodings do not match
    BadBins = [<<16#C0, 16#80>>, <<16#E0, 16#80, 16#80>>, <<16#ED, 16#A0, 16#80>>, <<16#F4, 16#90, 16#80, 16#80>>,
               <<16#80>>, <<16#C3>>, <<16#F8, 16#88, 16#80, 16#80, 16#80>>, <<16#FF>>, <<16#C3, 16#A9>>],
    p(match_utf8, [m8(I(B)) || B <- BadBins]),
    p(match_utf16, [m16(I(B)) || B <- [<<16#D8, 16#00>>, <<16#D8, 16#00, 16#DC, 16#00>>, <<16#DC, 16#00, 16#D8, 16#00>>, <<0>>, <<0, 65>>]]),
    p(match_utf32, [m32(I(B)) || B <- [<<0, 16#11, 0, 0>>, <<0, 0, 16#D8, 0>>, <<0, 0, 0, 65>>, <<0, 0, 65>>]]),
    %% decode a whole string
    S = I(<<"aé€😀z"/utf8>>),
    p(decode8, dec8(S)),
    p(encode16, <<<<C/utf16>> || C <- dec8(S)>>),
    p(roundtrip16, dec16(<<<<C/utf16>> || C <- dec8(S)>>)),
    p(encode32le, <<<<C/utf32-little>> || C <- dec8(S)>>),
    %% string literals with utf types
    p(literal8, <<"€"/utf8>>),
    p(literal16, <<"é€"/utf16>>),
    p(literal32, <<"a"/utf32>>),
    p(literal16le, <<"ab"/utf16-little>>),
    %% utf segments mixed with others and unaligned
    U = <<(I(1)):1, (I(16#20AC))/utf8, (I(0)):7>>,
    <<_:1, Cp/utf8, _:7>> = U,
    p(unaligned, {U, Cp}),
    p(byte_sizes, [byte_size(<<(I(C))/utf8>>) || C <- [16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000]]),
    ok.

m8(B) -> case B of <<C/utf8, R/binary>> -> {C, R}; _ -> nomatch end.
m16(B) -> case B of <<C/utf16, R/binary>> -> {C, R}; _ -> nomatch end.
m32(B) -> case B of <<C/utf32, R/binary>> -> {C, R}; _ -> nomatch end.

dec8(<<C/utf8, R/binary>>) -> [C | dec8(R)];
dec8(<<>>) -> [].
dec16(<<C/utf16, R/binary>>) -> [C | dec16(R)];
dec16(<<>>) -> [].

t(F) -> try F() catch C:R -> {C, R} end.
