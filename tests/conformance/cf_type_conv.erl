-module(cf_type_conv).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

to_s(T) -> lists:flatten(io_lib:format("~w", [T])).

from_s(S) ->
    {ok, Ts, _} = erl_scan:string(S ++ "."),
    {ok, T} = erl_parse:parse_term(Ts),
    T.

main() ->
    I = fun ?MODULE:id/1,
    Terms = [0, -17, 1 bsl 70, 2.5, -0.0, 1.0e-10, abc, 'Quoted Atom', [], "str", [1, [2]], {}, {a, {b}}, <<>>, <<"bin">>,
             <<1, 2:3>>, #{}, #{a => [1]}, [a | b]],
    p(term_string_roundtrip, [{to_s(T), from_s(to_s(T)) =:= T} || T <- [I(X) || X <- Terms]]),
    p(number_conversions, [list_to_integer(integer_to_list(I(N))) =:= N || N <- [0, 7, -7, 1 bsl 64, -(1 bsl 99)]]),
    p(float_int, [trunc(I(2.9)), round(I(2.5)), float(I(2)), I(2) == I(2.0), I(7) div 2, I(7) / 2]),
    p(list_binary, [binary_to_list(I(<<1, 2, 3>>)), list_to_binary(I([1, 2, 3])), binary_to_list(I(<<>>)),
                    t(fun() -> binary_to_list(I(<<1:3>>)) end), bitstring_to_list(I(<<1:3>>))]),
    p(atom_list_binary, [atom_to_list(I(hello)), list_to_atom(atom_to_list(I(hello))), atom_to_binary(I(hello)),
                         binary_to_atom(atom_to_binary(I(hello)))]),
    p(tuple_list, [tuple_to_list(I({1, 2})), list_to_tuple(tuple_to_list(I({1, 2})))]),
    p(map_list, [maps:to_list(I(#{b => 2, a => 1})), maps:from_list(I([{b, 2}, {a, 1}])), maps:from_list(maps:to_list(I(#{x => y})))]),
    p(char_conv, [[C] || C <- I("abc")]),
    p(io_lib_conv, [lists:flatten(io_lib:format("~b", [I(10)])), lists:flatten(io_lib:format("~.8b", [I(64)])), erlang:integer_to_list(I(64), 8)]),
    p(string_numbers, [string:to_integer(I("123abc")), string:to_float(I("1.5e2xyz")), list_to_integer(string:trim(I("  42  ")))]),
    p(binary_numbers, [binary_to_integer(I(<<"-99">>)), binary_to_float(I(<<"0.25">>)), integer_to_binary(I(99)), float_to_binary(I(0.25), [short])]),
    p(bool_conv, [atom_to_list(I(true)), list_to_atom(I("false")), I(true) =:= list_to_atom("true")]),
    p(iolist_conv, [iolist_to_binary(I(["a", <<"b">>, $c])), binary_to_list(iolist_to_binary(I([[], [[]], "x"])))]),
    p(unicode_conv, [unicode:characters_to_list(I(<<"abc">>)), unicode:characters_to_binary(I("abc")), list_to_binary(I("abc")) =:= <<"abc">>]),
    p(term_to_string_nested, to_s(I({[{k, <<"v">>}], #{1 => {2.0, "three"}}}))),
    ok.
