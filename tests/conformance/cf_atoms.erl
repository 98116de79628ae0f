-module(cf_atoms).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    p(atom_to_list, [atom_to_list(I(A)) || A <- [abc, 'Hello World', '', 'a\'b', '\n', true, nonode@nohost]]),
    p(atom_to_binary, [atom_to_binary(I(abc)), atom_to_binary(I('x y'), utf8), atom_to_binary(I(q), latin1)]),
    p(list_to_atom, [list_to_atom(I("abc")), list_to_atom(I("")), list_to_atom(I("With Space")), list_to_atom(I([$a, 0]))]),
    p(binary_to_atom, [binary_to_atom(I(<<"abc">>)), binary_to_atom(I(<<"x">>), utf8), binary_to_atom(I(<<"y">>), latin1)]),
    p(existing, [list_to_existing_atom(I("abc")), binary_to_existing_atom(I(<<"abc">>)), binary_to_existing_atom(I(<<"ok">>), utf8),
                 t(fun() -> list_to_existing_atom(I("surely_this_atom_does_not_exist_qqq")) end),
                 t(fun() -> binary_to_existing_atom(I(<<"nor_this_one_zzz_1234">>)) end)]),
    p(errors, [t(fun() -> list_to_atom(I(abc)) end), t(fun() -> list_to_atom(I([a])) end), t(fun() -> list_to_atom(I([-1])) end),
               t(fun() -> list_to_atom(I([$a | $b])) end), t(fun() -> atom_to_list(I("abc")) end),
               t(fun() -> binary_to_atom(I("abc")) end), t(fun() -> binary_to_atom(I(<<255>>), utf8) end),
               t(fun() -> list_to_atom(lists:duplicate(I(256), $x)) end), t(fun() -> binary_to_atom(<<"a">>, I(bogus)) end)]),
    p(length_limits, [length(atom_to_list(list_to_atom(lists:duplicate(I(255), $y)))),
                      t(fun() -> list_to_atom(lists:duplicate(I(255), 16#100)) end) =:= list_to_atom(lists:duplicate(255, 16#100)),
                      t(fun() -> binary_to_atom(binary:copy(<<16#C4, 16#80>>, I(256))) end)]),
    p(compare, [I(abc) < I(abd), I(a) < I(aa), I('Z') < I(a), I('') < I(a), I(abc) == I(abc), I(abc) =:= list_to_atom("abc")]),
    p(is_atom, [is_atom(I(X)) || X <- [a, true, [], "a", <<"a">>, 'A']]),
    p(booleans, [I(true) and I(false), I(true) or I(false), I(true) xor I(true), not I(false),
                 t(fun() -> I(1) and I(true) end), t(fun() -> not I(1) end)]),
    p(andalso_orelse, [I(false) andalso error(no), I(true) orelse error(no), I(true) andalso I(x), I(false) orelse I(y),
                       t(fun() -> I(x) andalso true end)]),
    p(atom_length, [length(atom_to_list(I('😀'))), byte_size(atom_to_binary(I('😀')))]),
    p(quoting, [lists:flatten(io_lib:format("~p", [I(A)])) || A <- ['abc', 'Abc', '1a', 'a-b', 'a@b', 'a.b', 'aB_9', 'true', 'and', 'maybe', '[]', '{}']]),
    ok.
