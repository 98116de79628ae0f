-module(cf_term_order).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

pw(T, V) -> io:format("~w~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    %% number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
    Ref = make_ref(),
    Fun = fun() -> ok end,
    Pid = self(),
    Terms = [<<1>>, [a], [], #{}, {a}, Pid, Fun, Ref, abc, 1.0, 1, -5, 1 bsl 70, <<>>, <<1:1>>, {}, #{a => 1}, "abc", 'ABC'],
    Sorted = lists:sort(I(Terms)),
    p(type_order, [classify(X) || X <- Sorted]),
    p(numbers, lists:sort(I([3, 2.5, -1, -1.5, 1 bsl 64, -(1 bsl 64), 0, 0.0, -0.0, 2, 2.0, 1.0e100, -1.0e100]))),
    p(atoms, lists:sort(I([b, a, 'B', 'a b', aa, '', 'Z', z, 'z z', abc]))),
    p(tuples, lists:sort(I([{b}, {a, b}, {a}, {}, {a, a}, {1, 2, 3}, {z, z}, {[], a}]))),
    p(lists, lists:sort(I([[b], [a, b], [a], [], [a | b], "abc", "ab", [1], [a, a], [[]]]))),
    pw(binaries_w, lists:sort(I([<<2>>, <<1, 2>>, <<1>>, <<>>, <<1:1>>, <<0:1>>, <<1, 2:3>>, <<255>>, <<1, 0>>]))),
    p(maps, lists:sort(I([#{b => 1}, #{a => 1, b => 2}, #{}, #{a => 2}, #{a => 1}, #{1 => a}, #{a => 1.0}]))),
    %% == vs =:=
    Pairs = [{1, 1.0}, {0, 0.0}, {0.0, -0.0}, {1 bsl 64, 18446744073709551616.0}, {a, a}, {"a", [97]},
             {<<"a">>, "a"}, {{1, 2}, {1.0, 2}}, {[1], [1.0]}, {#{a => 1}, #{a => 1.0}}, {#{1 => a}, #{1.0 => a}},
             {9007199254740993, 9007199254740992.0}, {<<1:1>>, <<1:1>>}, {[], []}, {{}, {}}],
    p(equality, [{A, B, A == B, A =:= B, A /= B, A =/= B, A < B, A >= B} || {A0, B0} <- Pairs, A <- [I(A0)], B <- [I(B0)]]),
    %% int/float comparisons at precision edges
    p(precision, [I(9007199254740993) > I(9007199254740992.0), I(9007199254740993) < I(9007199254740994.0),
                  I(1 bsl 1023) < I(1.0e308), I((1 bsl 1024)) > I(1.7976931348623157e308),
                  I(-(1 bsl 1024)) < I(-1.7976931348623157e308), I(18446744073709551617) > I(18446744073709551616.0)]),
    p(sort_stable_eq, lists:sort(I([{1, a}, {1.0, b}, {1, c}]))),
    p(sort_num_mix, lists:sort(I([1.0, 1, 1.0, 1]))),
    p(usort_num_mix, lists:usort(I([1.0, 1, 2, 2.0]))),
    p(min_max, [min(I(1), I(1.0)), max(I(1), I(1.0)), min(I(1.0), I(1)), max(I(1.0), I(1)),
                max(I(a), I(1)), min(I([]), I({})), max(I(<<>>), I([]))]),
    p(erlang_compare, [compare(I(X), I(Y)) || {X, Y} <- [{1, 2}, {2, 1}, {1, 1.0}, {a, "a"}, {{a}, [a]}]]),
    ok.

compare(A, B) when A < B -> lt;
compare(A, B) when A > B -> gt;
compare(A, B) when A == B -> eq.

classify(X) when is_number(X) -> number;
classify(X) when is_atom(X) -> atom;
classify(X) when is_reference(X) -> reference;
classify(X) when is_function(X) -> 'fun';
classify(X) when is_port(X) -> port;
classify(X) when is_pid(X) -> pid;
classify(X) when is_tuple(X) -> {tuple, tuple_size(X)};
classify(X) when is_map(X) -> {map, map_size(X)};
classify([]) -> nil;
classify(X) when is_list(X) -> {list, X};
classify(X) when is_bitstring(X) -> {bits, X}.
