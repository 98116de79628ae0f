-module(cf_guard_types).
-export([main/0, id/1]).

-record(rec, {a, b}).

-define(G(Name, Test), Name(X) when Test -> 1; Name(_) -> 0).

id(X) -> X.

?G(g_atom, is_atom(X)).
?G(g_binary, is_binary(X)).
?G(g_bitstring, is_bitstring(X)).
?G(g_boolean, is_boolean(X)).
?G(g_float, is_float(X)).
?G(g_function, is_function(X)).
?G(g_function0, is_function(X, 0)).
?G(g_function1, is_function(X, 1)).
?G(g_function2, is_function(X, 2)).
?G(g_integer, is_integer(X)).
?G(g_list, is_list(X)).
?G(g_map, is_map(X)).
?G(g_number, is_number(X)).
?G(g_pid, is_pid(X)).
?G(g_port, is_port(X)).
?G(g_reference, is_reference(X)).
?G(g_tuple, is_tuple(X)).
?G(g_record, is_record(X, rec)).
?G(g_record3, is_record(X, rec, 3)).
?G(g_record2, is_record(X, rec, 2)).
?G(g_not_atom, not is_atom(X)).
?G(g_num_or_atom, is_number(X) orelse is_atom(X)).
?G(g_list_and_nonempty, is_list(X) andalso X =/= []).

guard_funs() ->
    [fun g_atom/1, fun g_binary/1, fun g_bitstring/1, fun g_boolean/1,
     fun g_float/1, fun g_function/1, fun g_function0/1, fun g_function1/1,
     fun g_function2/1, fun g_integer/1, fun g_list/1, fun g_map/1,
     fun g_number/1, fun g_pid/1, fun g_port/1, fun g_reference/1,
     fun g_tuple/1, fun g_record/1, fun g_record3/1, fun g_record2/1,
     fun g_not_atom/1, fun g_num_or_atom/1, fun g_list_and_nonempty/1].

body_tests() ->
    [{is_atom, []}, {is_binary, []}, {is_bitstring, []}, {is_boolean, []},
     {is_float, []}, {is_function, []}, {is_function, [0]}, {is_function, [1]},
     {is_function, [2]}, {is_integer, []}, {is_list, []}, {is_map, []},
     {is_number, []}, {is_pid, []}, {is_port, []}, {is_reference, []},
     {is_tuple, []}, {is_record, [rec]}, {is_record, [rec, 3]}, {is_record, [rec, 2]}].

values() ->
    [{int0, 0}, {neg, -1}, {small, 134217727}, {big, 12345678901234567890},
     {negbig, -12345678901234567890}, {float, 1.5}, {negzero, -0.0},
     {atom, foo}, {true, true}, {false, false}, {nil, []}, {list, [1, 2]},
     {improper, [a | b]}, {string, "abc"}, {empty_tuple, {}}, {tuple, {a, b}},
     {rec, #rec{a = 1}}, {fake_rec, {rec, 1}}, {empty_bin, <<>>},
     {bin, <<1, 2, 3>>}, {bits, <<1:3>>}, {bits9, <<0:9>>}, {empty_map, #{}},
     {map, #{a => 1}}, {fun0, fun() -> ok end}, {fun1, fun(Y) -> Y end},
     {fun2, fun lists:map/2}, {fun_local, fun values/0}, {pid, self()},
     {ref, make_ref()}].

t(F) -> try F() catch C:R -> {C, R} end.

bits(L) -> lists:flatten([integer_to_list(B) || B <- L]).

main() ->
    lists:foreach(
      fun({Name, V0}) ->
              V = ?MODULE:id(V0),
              G = [F(V) || F <- guard_funs()],
              B = [case apply(erlang, Bif, [V | Extra]) of true -> 1; false -> 0 end
                   || {Bif, Extra} <- body_tests()],
              io:format("~p~n", [{Name, bits(G), bits(B)}])
      end, values()),
    %% type tests in guards combined with comparisons
    io:format("~p~n", [{mixed, [mixed(?MODULE:id(V)) || V <- [1, 1.0, a, "s", <<"b">>, {t}, #{}, []]]}]),
    io:format("~p~n", [{bool_ops, [is_boolean(?MODULE:id(X)) || X <- [true, false, 'True', 0, 1]]}]),
    io:format("~p~n", [{is_function_badarg, t(fun() -> is_function(?MODULE:id(fun() -> ok end), ?MODULE:id(-1)) end)}]),
    io:format("~p~n", [{is_function_badarg2, t(fun() -> is_function(?MODULE:id(x), ?MODULE:id(a)) end)}]),
    io:format("~p~n", [{is_record_badarg, t(fun() -> is_record(?MODULE:id({rec, 1}), ?MODULE:id("rec")) end)}]),
    io:format("~p~n", [{is_record_rt, is_record(?MODULE:id({rec, 1, 2}), ?MODULE:id(rec), ?MODULE:id(3))}]),
    ok.

mixed(X) when is_integer(X), X > 0 -> pos_int;
mixed(X) when is_float(X) -> float;
mixed(X) when is_atom(X); is_list(X), X =/= [] -> atom_or_list;
mixed(X) when is_binary(X) -> binary;
mixed(X) when is_tuple(X), tuple_size(X) =:= 1 -> one_tuple;
mixed(X) when is_map(X), map_size(X) =:= 0 -> empty_map;
mixed(_) -> other.
