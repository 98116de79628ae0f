-module(cf_phash2).
-export([main/0, id/1]).

-record(rec, {a, b = 2}).

id(X) -> X.

terms() ->
    [0, 1, -1, 42, 255, 256, 1 bsl 27, 1 bsl 28, 1 bsl 31, 1 bsl 32, 1 bsl 59, 1 bsl 60, 1 bsl 63, 1 bsl 64,
     -(1 bsl 64), 123456789012345678901234567890, 0.0, -0.0, 1.0, 1.5, -2.5, 3.141592653589793, 1.0e300,
     a, abc, '', 'hello world', true, false, undefined, 'é', [], [a], [1, 2, 3], "hello", [a | b], [[]],
     {}, {a}, {a, b}, {1, {2, {3}}}, <<>>, <<1>>, <<"hello">>, <<1:1>>, <<1, 2:3>>, #{}, #{a => 1},
     #{1 => a, b => [c]}, #{k => #{n => 1}}, #rec{a = 1}, lists:seq(1, 100), list_to_binary(lists:seq(0, 255)),
     maps:from_list([{N, N} || N <- lists:seq(1, 40)]), {[], <<>>, #{}, 0.0}].

main() ->
    I = fun ?MODULE:id/1,
    lists:foreach(
      fun(T0) ->
              T = I(T0),
              io:format("~w~n", [{erlang:phash2(T), erlang:phash2(T, 1000), erlang:phash2(T, 1 bsl 32),
                                  erlang:phash2(T, 1)}])
      end, terms()),
    io:format("~p~n", [{ranges, [erlang:phash2(I(hello), R) || R <- [1, 2, 7, 256, 65536, (1 bsl 32) - 1]]}]),
    io:format("~p~n", [{bad_range, [t(fun() -> erlang:phash2(I(a), I(R)) end) || R <- [0, -1, 1 bsl 32 + 1, x]]}]),
    io:format("~p~n", [{eq_terms, [erlang:phash2(I(1)) =:= erlang:phash2(I(1.0)),
                                   erlang:phash2(I(#{a => 1, b => 2})) =:= erlang:phash2(I(#{b => 2, a => 1})),
                                   erlang:phash2(I("abc")) =:= erlang:phash2(I([97, 98, 99]))]}]),
    io:format("~p~n", [{spread, lists:sort(maps:to_list(lists:foldl(fun(N, M) -> K = erlang:phash2(I(N), 8), maps:update_with(K, fun(C) -> C + 1 end, 1, M) end, #{}, lists:seq(1, 1000))))}]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
