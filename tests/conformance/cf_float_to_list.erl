-module(cf_float_to_list).
-export([main/0, id/1]).

id(X) -> X.

floats() ->
    [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 3.14159, -2.718281828459045, 100.0, 1.0e10, 1.0e15,
     1.0e16, 1.0e22, 1.0e23, 123456789.123, 1.0e-5, 1.0e-10, 5.0e-324, 2.2250738585072014e-308,
     1.7976931348623157e308, 0.30000000000000004, 9007199254740993.0, 0.125, 1/3, 2/3, 1.005, 999.9995, 0.045].

main() ->
    I = fun ?MODULE:id/1,
    lists:foreach(
      fun(F0) ->
              F = I(F0),
              io:format("~p~n", [{float_to_list(F), float_to_list(F, [short]), float_to_binary(F, [short])}])
      end, floats()),
    io:format("~p~n", [{default_bin, [float_to_binary(I(F)) || F <- [1.0, 0.1, -3.5e-7]]}]),
    lists:foreach(
      fun(N) ->
              io:format("~p~n", [{decimals, N, [float_to_list(I(F), [{decimals, N}]) || F <- [0.0, 1.0, -1.5, 0.125, 2.675, 1.0e10, 1/3, 999.9995, 0.045]]}])
      end, [0, 1, 2, 3, 10]),
    io:format("~p~n", [{decimals_compact, [float_to_list(I(F), [{decimals, 6}, compact]) || F <- [0.0, 1.0, 1.5, 0.125, 1/3, 100.0, 1.0e-7]]}]),
    io:format("~p~n", [{decimals_bin, [float_to_binary(I(F), [{decimals, 4}]) || F <- [3.14159265, -0.00005, 0.00005]]}]),
    io:format("~p~n", [{decimals_big, [float_to_list(I(F), [{decimals, 2}]) || F <- [1.0e20, 1.0e25, -1.0e30]]}]),
    io:format("~p~n", [{decimals_253, float_to_list(I(0.1), [{decimals, 30}])}]),
    lists:foreach(
      fun(N) ->
              io:format("~p~n", [{scientific, N, [float_to_list(I(F), [{scientific, N}]) || F <- [0.0, 1.0, -1.5, 0.001, 123456.789, 1.0e100, 5.0e-324]]}])
      end, [0, 1, 3, 10, 20]),
    io:format("~p~n", [{scientific_bin, [float_to_binary(I(F), [{scientific, 2}]) || F <- [1.0, 12345.0]]}]),
    io:format("~p~n", [{last_wins, [float_to_list(I(1.5), [{decimals, 2}, {scientific, 2}]),
                                    float_to_list(I(1.5), [{scientific, 2}, {decimals, 2}]),
                                    float_to_list(I(1.5), [{decimals, 2}, short])]}]),
    io:format("~p~n", [{errors, [t(fun() -> float_to_list(I(1)) end), t(fun() -> float_to_list(I(1.0), [{decimals, 254}]) end),
                                  t(fun() -> float_to_list(I(1.0), [{decimals, -1}]) end), t(fun() -> float_to_list(I(1.0), [bogus]) end),
                                  t(fun() -> float_to_binary(I(a)) end), t(fun() -> float_to_list(I(1.0), [{scientific, 250}]) end)]}]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
