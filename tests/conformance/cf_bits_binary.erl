-module(cf_bits_binary).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    B = I(<<"hello world">>),
    %% binary / bytes segments with sizes
    <<H:5/binary, " ", W/binary>> = B,
    p(split, {H, W}),
    <<H2:5/bytes, _:1/binary, W2/bytes>> = B,
    p(bytes, {H2, W2}),
    %% bitstring / bits segments
    Bits = I(<<1:1, 0:1, 1:1, 16#FF:8, 5:3>>),
    p(bits_size, {bit_size(Bits), byte_size(Bits), Bits}),
    <<X1:2/bits, X2:6/bitstring, Rest/bits>> = Bits,
    p(bits_match, {X1, X2, Rest}),
    %% binary segment requires whole bytes
    p(binary_tail_of_bits, t(fun() -> <<_:1, T/binary>> = I(<<1, 2>>), T end)),
    p(binary_build_from_bits, t(fun() -> <<(I(<<1:3>>))/binary>> end)),
    p(bits_build_from_bits, <<(I(<<1:3>>))/bits, (I(<<2:5>>))/bitstring>>),
    %% size with unit on binary segments
    <<Pfx:2/binary-unit:16, Sfx/binary>> = I(<<1, 2, 3, 4, 5, 6>>),
    p(unit16, {Pfx, Sfx}),
    <<Pb:3/integer-unit:3, Sb/bits>> = I(<<16#AB, 16#CD>>),
    p(bits_unit3, {Pb, Sb}),
    %% variable size binaries
    p(var_bins, [begin <<Hd:N/binary, Tl/binary>> = I(<<"abcdef">>), {Hd, Tl} end || N <- [0, 1, 3, 6]]),
    p(var_bin_too_big, t(fun() -> N = I(7), <<_:N/binary, _/binary>> = I(<<"abcdef">>), ok end)),
    %% length-prefixed parsing
    Packet = I(<<3, "abc", 2, "de", 0, 5, "fghij">>),
    p(length_prefixed, parse_lp(Packet)),
    %% size bound earlier in same pattern
    <<Len:8, Data:Len/binary, Trailer/binary>> = I(<<4, "wxyz", "tail">>),
    p(bound_size, {Len, Data, Trailer}),
    %% construction with size truncates / errors
    p(build_sized, [t(fun() -> <<(I(<<"abcdef">>)):3/binary>> end),
                    t(fun() -> <<(I(<<"ab">>)):3/binary>> end),
                    t(fun() -> <<(I(<<1:12>>)):1/binary>> end),
                    t(fun() -> <<(I(<<1:12>>)):9/bits>> end),
                    t(fun() -> <<(I(abc))/binary>> end),
                    t(fun() -> <<(I("abc"))/binary>> end)]),
    %% string literals in patterns and construction
    p(string_seg, {<<"abc">>, <<"abc":8>>, <<"abc"/utf8>>, <<"ab", "cd">>, <<"">>, <<$a, "b", $c>>}),
    p(string_seg16, <<"ab":16>>),
    p(string_seg_little, <<"ab":16/little>>),
    <<"GET ", Path/binary>> = I(<<"GET /index.html">>),
    p(prefix_match, Path),
    %% appending in a loop (binary append optimization)
    p(append_loop, build(I(20), <<>>)),
    p(append_bits_loop, build_bits(I(13), <<>>)),
    %% sub binaries keep identity of content
    Big = list_to_binary(lists:seq(0, 255)),
    <<_:100/binary, Sub:10/binary, _/binary>> = I(Big),
    p(sub_binary, {Sub, binary:copy(Sub) =:= Sub}),
    %% bitstring comparison and ordering
    p(bits_compare, [<<1:1>> < <<1>>, <<0:1>> < <<0>>, <<1, 0:1>> > <<1>>, <<>> < <<0:1>>,
                     <<2:2>> == <<1:1, 0:1>>, <<1, 2>> < <<1, 2, 0:1>>]),
    %% bitstring to list
    p(bitstring_to_list, [bitstring_to_list(I(<<1, 2, 3:3>>)), bitstring_to_list(I(<<7:3>>)), bitstring_to_list(<<>>)]),
    p(list_to_bitstring, [list_to_bitstring(I([1, <<2:4>>, [<<3:4>>]])), t(fun() -> list_to_bitstring(I([<<1:3>> | 1])) end)]),
    ok.

parse_lp(<<>>) -> [];
parse_lp(<<N, Str:N/binary, Rest/binary>>) -> [{N, Str} | parse_lp(Rest)].

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, N>>).

build_bits(0, Acc) -> Acc;
build_bits(N, Acc) -> build_bits(N - 1, <<Acc/bits, (N band 7):3>>).

t(F) -> try F() catch C:R -> {C, R} end.
