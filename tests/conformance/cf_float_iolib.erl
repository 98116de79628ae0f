-module(cf_float_iolib).
-export([main/0, id/1]).

id(X) -> X.

fmt(F, A) -> lists:flatten(io_lib:format(F, A)).

floats() ->
    [0.0, -0.0, 1.0, -1.0, 0.1, 1.5, 2.5, 3.14159, -2.718281828459045, 100.0, 1.0e10, 1.0e-5,
     123456789.123, 5.0e-324, 1.7976931348623157e308, 0.30000000000000004, 1/3, 1.0e15, 1.0e16,
     1.0e21, 1.0e22, 1.0e23, 0.001, 1.0e-4].

main() ->
    I = fun ?MODULE:id/1,
    lists:foreach(
      fun(F0) ->
              F = I(F0),
              io:format("~p~n", [{fmt("~p", [F]), fmt("~w", [F]), fmt("~f", [F]), fmt("~e", [F]), fmt("~g", [F])}])
      end, floats()),
    Specs = ["~.2f", "~.1f", "~10.3f", "~-10.3f|", "~.1e", "~.10e", "~12.4e", "~.3g", "~.10g", "~15g|",
             "~*.*f", "~.3.0f", "~8.2.*f", "~20p|", "~-20p|", "~.5p"],
    lists:foreach(
      fun(S) ->
              Vals = [1.0, -3.14159, 1234.5678, 0.000123],
              io:format("~p~n", [{S, [t(fun() -> fmt(S, args(S, I(V))) end) || V <- Vals]}])
      end, Specs),
    io:format("~p~n", [{in_structures, fmt("~p", [{1.0, [2.5, -0.0], #{k => 1.0e100}}])}]),
    io:format("~p~n", [{in_structures_w, fmt("~w", [[1.0e-10, 1.0e10, 12.0]])}]),
    io:format("~p~n", [{errors, [t(fun() -> fmt("~f", [I(1)]) end), t(fun() -> fmt("~e", [I(a)]) end),
                                  t(fun() -> fmt("~.0e", [I(1.0)]) end), t(fun() -> fmt("~.0f", [I(1.0)]) end), t(fun() -> fmt("~g", [I("x")]) end)]}]),
    io:format("~p~n", [{round_half, [fmt("~.1f", [I(F)]) || F <- [0.05, 0.15, 0.25, 0.35, 0.45, 1.45, 2.5, -0.05]]}]),
    io:format("~p~n", [{round_half2, [fmt("~.2f", [I(F)]) || F <- [0.005, 0.015, 0.125, 0.375, -0.005, 1.0e-3]]}]),
    io:format("~p~n", [{io_lib_write, [lists:flatten(io_lib:write(I(F))) || F <- [1.0e-5, -0.5, 1.0e100, 3.0]]}]),
    io:format("~p~n", [{fwrite_g, [lists:flatten(io_lib:fwrite("~g ~e ~f", [I(F), I(F), I(F)])) || F <- [2.0e-7, 12345678.9]]}]),
    ok.

args("~*.*f", V) -> [9, 2, V];
args("~8.2.*f", V) -> [$0, V];
args(_, V) -> [V].

t(F) -> try F() catch C:R -> {C, R} end.
