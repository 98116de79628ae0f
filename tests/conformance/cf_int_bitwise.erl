-module(cf_int_bitwise).
-export([main/0, id/1]).

id(X) -> X.

bounds() ->
    lists:append([[(1 bsl K) - 1, 1 bsl K, (1 bsl K) + 1] || K <- [27, 28, 31, 32, 59, 60, 63, 64]]).

vals() -> [V || B <- bounds(), V <- [B, -B]].

main() ->
    I = fun ?MODULE:id/1,
    Masks = [16#FF, 16#FFFFFFFF, -16#100, 16#FFFFFFFFFFFFFFFF, 1 bsl 60, -1],
    lists:foreach(
      fun(V0) ->
              V = I(V0),
              io:format("~w~n", [{V0, bnot V, [V band I(M) || M <- Masks], [V bor I(M) || M <- Masks],
                                  [V bxor I(M) || M <- Masks]}])
      end, vals()),
    Vs = [I(V) || V <- vals()],
    io:format("~p~n", [{band_sums, [lists:sum([A band B || B <- Vs]) || A <- Vs]}]),
    io:format("~p~n", [{bor_sums, [lists:sum([A bor B || B <- Vs]) || A <- Vs]}]),
    io:format("~p~n", [{bxor_sums, [lists:sum([A bxor B || B <- Vs]) || A <- Vs]}]),
    %% identities
    io:format("~p~n", [{identities, lists:all(fun(X) -> X =:= true end,
                                              [(A bxor B) bxor B =:= A andalso bnot bnot A =:= A andalso
                                               (A band B) bor (A band bnot B) =:= A
                                               || A <- Vs, B <- Vs])}]),
    io:format("~p~n", [{errors, [t(fun() -> I(1.0) band I(1) end), t(fun() -> I(1) bor I(a) end),
                                  t(fun() -> bnot I(1.5) end), t(fun() -> I(1 bsl 65) bxor I([]) end)]}]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
