-module(cf_guard_bifs).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

g_abs(X) when abs(X) > 5 -> big; g_abs(X) when abs(X) =:= 0 -> zero; g_abs(_) -> small.
g_elem(X) when element(2, X) =:= b -> second_b; g_elem(_) -> no.
g_hd(X) when hd(X) =:= 1 -> head1; g_hd(_) -> no.
g_tl(X) when tl(X) =:= [] -> single; g_tl(_) -> no.
g_len(X) when length(X) > 2 -> long; g_len(_) -> short_or_bad.
g_msize(X) when map_size(X) > 1 -> many; g_msize(_) -> few_or_bad.
g_tsize(X) when tuple_size(X) =:= 3 -> triple; g_tsize(_) -> no.
g_bytes(X) when byte_size(X) >= 2 -> ge2; g_bytes(_) -> no.
g_bits(X) when bit_size(X) rem 8 =/= 0 -> odd_bits; g_bits(_) -> whole_or_bad.
g_size(X) when size(X) =:= 2 -> size2; g_size(_) -> no.
g_round(X) when round(X) =:= 3 -> r3; g_round(_) -> no.
g_trunc(X) when trunc(X) =:= 2 -> t2; g_trunc(_) -> no.
g_float(X) when float(X) =:= 2.0 -> f2; g_float(_) -> no.
g_floor(X) when floor(X) =:= -3 -> fm3; g_floor(_) -> no.
g_ceil(X) when ceil(X) =:= -2 -> cm2; g_ceil(_) -> no.
g_node(X) when node(X) =:= node() -> local; g_node(_) -> no.
g_node0(X) when node() =:= X -> same; g_node0(_) -> no.
g_mapkey(K, M) when is_map_key(K, M) -> has; g_mapkey(_, _) -> hasnt.
g_mapget(K, M) when map_get(K, M) =:= 1 -> one; g_mapget(_, _) -> no.
g_bpart(B) when binary_part(B, 1, 2) =:= <<"bc">> -> bc; g_bpart(_) -> no.
g_bpart2(B) when binary_part(B, {byte_size(B), -2}) =:= <<"de">> -> de; g_bpart2(_) -> no.
g_arith(X, Y) when X + Y > 10, X * Y < 100 -> in; g_arith(_, _) -> out.
g_div(X) when X div 3 =:= 2, X rem 3 =:= 1 -> seven; g_div(_) -> no.
g_band(X) when X band 16#F0 =:= 16#30 -> x3; g_band(_) -> no.
g_bsl(X) when X bsl 2 > 100; X bsr 1 =:= 0 -> yes; g_bsl(_) -> no.
g_bnot(X) when bnot X =:= -6 -> five; g_bnot(_) -> no.
g_self(P) when self() =:= P -> me; g_self(_) -> other.
g_unary(X) when -X =:= 5 -> neg5; g_unary(X) when +X =:= 5 -> pos5; g_unary(_) -> no.
g_tuple_eq(X) when X =:= {a, [1, 2], #{k => v}} -> literal; g_tuple_eq(_) -> no.

main() ->
    I = fun ?MODULE:id/1,
    p(abs, [g_abs(I(V)) || V <- [-10, 10, 0, 0.0, 3, -3.5, -6.5, 12345678901234567890, a]]),
    p(element, [g_elem(I(V)) || V <- [{a, b}, {a}, {x, b, c}, [a, b], 3]]),
    p(hd, [g_hd(I(V)) || V <- [[1], [1, 2], [2], [], a, "\1"]]),
    p(tl, [g_tl(I(V)) || V <- [[1], [1, 2], [], [a | b], x]]),
    p(length, [g_len(I(V)) || V <- [[1, 2, 3], [1], [1, 2 | 3], "abcd", abc, []]]),
    p(map_size, [g_msize(I(V)) || V <- [#{a => 1, b => 2}, #{}, [], {a, b}]]),
    p(tuple_size, [g_tsize(I(V)) || V <- [{1, 2, 3}, {}, [1, 2, 3], <<1, 2, 3>>]]),
    p(byte_size, [g_bytes(I(V)) || V <- [<<1, 2>>, <<1>>, <<1, 2:1>>, <<1:9>>, "ab", {a, b}]]),
    p(bit_size, [g_bits(I(V)) || V <- [<<1:3>>, <<1, 2>>, <<>>, <<1:15>>, abc]]),
    p(size, [g_size(I(V)) || V <- [{a, b}, <<1, 2>>, <<1, 2, 3:2>>, [a, b], #{a => 1, b => 2}]]),
    p(round, [g_round(I(V)) || V <- [3, 2.5, 3.49, 2.4999, -3, 3.5, a]]),
    p(trunc, [g_trunc(I(V)) || V <- [2, 2.9, -2.9, 2.0, "2"]]),
    p(float, [g_float(I(V)) || V <- [2, 2.0, 2.5, 20000000000000000000, b]]),
    p(floor, [g_floor(I(V)) || V <- [-2.5, -3, -3.0, -2.0, -3.9, x]]),
    p(ceil, [g_ceil(I(V)) || V <- [-2.5, -2, -1.5, -2.99, y]]),
    p(node, [g_node(I(V)) || V <- [self(), a, 1]]),
    p(node0, [g_node0(I(V)) || V <- [node(), nonode@nohost, foo]]),
    p(node_value, node()),
    p(is_map_key, [g_mapkey(I(K), I(M)) || {K, M} <- [{a, #{a => 1}}, {b, #{a => 1}}, {1, #{1.0 => x}},
                                                    {1.0, #{1.0 => x}}, {a, not_a_map}, {a, [{a, 1}]}]]),
    p(map_get, [g_mapget(I(K), I(M)) || {K, M} <- [{a, #{a => 1}}, {a, #{a => 2}}, {b, #{a => 1}}, {a, x}]]),
    p(binary_part, [g_bpart(I(V)) || V <- [<<"abcd">>, <<"abc">>, <<"ab">>, <<"xbc">>, "abc", <<"abc", 1:1>>]]),
    p(binary_part2, [g_bpart2(I(V)) || V <- [<<"abcde">>, <<"de">>, <<"e">>, <<>>, 5]]),
    p(arith, [g_arith(I(X), I(Y)) || {X, Y} <- [{5, 6}, {1, 2}, {50, 50}, {a, 1}, {5.5, 5.5}]]),
    p(div_rem, [g_div(I(V)) || V <- [7, 8, 7.0, -7, a]]),
    p('band', [g_band(I(V)) || V <- [16#3F, 16#30, 16#40, 1.0, -16#D0]]),
    p(bsl_bsr, [g_bsl(I(V)) || V <- [26, 25, 1, 0, 2, x]]),
    p('bnot', [g_bnot(I(V)) || V <- [5, -5, 5.0, q]]),
    p(self, [g_self(I(self())), g_self(I(x))]),
    p(unary, [g_unary(I(V)) || V <- [-5, 5, 5.0, -5.0, u]]),
    p(tuple_eq, [g_tuple_eq(I(V)) || V <- [{a, [1, 2], #{k => v}}, {a, [1, 2], #{k => w}}, {a, [1.0, 2], #{k => v}}]]),
    %% min/max are not guard BIFs in OTP 25; test them in bodies
    p(min_max, [{min(I(A), I(B)), max(I(A), I(B))} || {A, B} <- [{1, 2}, {2, 1}, {1, 1.0}, {1.0, 1}, {a, 1}, {"a", <<"a">>}, {{}, []}]]),
    %% body versions of the same BIFs raising
    p(body_errors, [t(F) || F <- [fun() -> abs(I(a)) end, fun() -> element(I(0), {a}) end,
                                   fun() -> hd(I([])) end, fun() -> tl(I([])) end,
                                   fun() -> length(I([a | b])) end, fun() -> map_size(I(x)) end,
                                   fun() -> tuple_size(I([])) end, fun() -> byte_size(I(1)) end,
                                   fun() -> round(I("1")) end, fun() -> float(I(x)) end,
                                   fun() -> binary_part(I(<<"ab">>), 1, 5) end,
                                   fun() -> binary_part(I(<<"ab">>), {3, -1}) end,
                                   fun() -> binary_part(I(<<"ab">>), {2, -2}) end,
                                   fun() -> is_map_key(a, I(b)) end,
                                   fun() -> map_get(a, I(#{})) end]]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
