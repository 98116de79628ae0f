-module(cf_bits_comprehension).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    B = I(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>),
    p(list_from_bin, [X || <<X>> <= B]),
    p(bin_from_bin, << <<(X * 2)>> || <<X>> <= B >>),
    p(bin_filter, << <<X>> || <<X>> <= B, X rem 2 =:= 0 >>),
    p(pairs, [{X, Y} || <<X, Y>> <= B]),
    p(leftover_ignored, [X || <<X:3/binary>> <= B]),
    p(bits_gen, [X || <<X:1>> <= I(<<16#A5>>)]),
    p(nibbles, << <<Y:4, X:4>> || <<X:4, Y:4>> <= I(<<16#12, 16#34, 16#56>>) >>),
    p(bin_from_list, << <<X:16/little>> || X <- I([1, 256, 65535]) >>),
    p(bits_result, << <<X:3>> || X <- I([1, 2, 3, 4, 5]) >>),
    p(bits_result_size, bit_size(<< <<X:3>> || X <- I([1, 2, 3, 4, 5]) >>)),
    p(nested_bin_gen, [{X, Y} || <<X:4>> <= I(<<16#12>>), <<Y:4>> <= I(<<16#34>>)]),
    p(mixed_gens, << <<X, Y>> || X <- I([1, 2]), <<Y>> <= I(<<10, 20>>) >>),
    p(pattern_filter, [X || <<1:1, X:7>> <= I(<<16#81, 16#05, 16#FF, 16#80>>)]),
    p(utf8_gen, [C || <<C/utf8>> <= I(<<"héllo€"/utf8>>)]),
    p(to_upper, << <<(to_upper(C))>> || <<C>> <= I(<<"Hello, World!">>) >>),
    p(float_gen, [F || <<F:32/float>> <= I(<<1.5:32/float, -2.0:32/float>>)]),
    p(bin_segs, << <<X/binary, $,>> || X <- I([<<"a">>, <<"bc">>, <<>>, <<"d">>]) >>),
    p(empty, {<< <<X>> || <<X>> <= I(<<>>) >>, [X || <<X>> <= I(<<>>)], << <<X>> || X <- I([]) >>}),
    p(hex, hex(I(<<0, 15, 16, 255, 171>>))),
    p(unhex, unhex(I(<<"000f10ffab">>))),
    p(reverse_bits, rev_bits(I(<<16#01, 16#80, 16#F0>>))),
    p(xor_bins, xor_bins(I(<<1, 2, 3, 4>>), I(<<255, 255, 0, 0>>))),
    p(big_comp, byte_size(<< <<X:32>> || X <- lists:seq(1, I(1000)) >>)),
    p(big_comp_sum, lists:sum([X || <<X:32>> <= << <<X:32>> || X <- lists:seq(1, I(1000)) >>])),
    Sz = I(12),
    p(var_size_gen, [X || <<X:Sz>> <= I(<<1, 2, 3, 4, 5, 6>>)]),
    p(signed_gen, [X || <<X:8/signed>> <= I(<<1, 127, 128, 255>>)]),
    p(bad_gen_source, t(fun() -> [X || <<X>> <= I(not_a_binary)] end)),
    p(bad_elem, t(fun() -> << <<X>> || X <- I([1, a]) >> end)),
    ok.

to_upper(C) when C >= $a, C =< $z -> C - 32;
to_upper(C) -> C.

hex(B) -> << <<(hd(integer_to_list(N, 16))):8>> || <<N:4>> <= B >>.
unhex(B) -> << <<(list_to_integer([H, L], 16))>> || <<H, L>> <= B >>.
rev_bits(B) -> << <<X:1>> || <<X:1>> <= list_to_binary(lists:reverse([<<Y>> || <<Y>> <= B])) >>.
xor_bins(A, B) ->
    << <<(X bxor Y)>> || {X, Y} <- lists:zip(binary_to_list(A), binary_to_list(B)) >>.

t(F) -> try F() catch C:R -> {C, R} end.
