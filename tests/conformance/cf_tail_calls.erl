-module(cf_tail_calls).
-export([main/0, id/1, ext_loop/2, ping/2, pong/2, dynamic_loop/4]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

%% tail calls via every call form, each 1,000,000 iterations; must run in constant stack
local_loop(0, Acc) -> Acc;
local_loop(N, Acc) -> local_loop(N - 1, Acc + 1).

ext_loop(0, Acc) -> Acc;
ext_loop(N, Acc) -> ?MODULE:ext_loop(N - 1, Acc + 2).

apply_loop(0, Acc) -> Acc;
apply_loop(N, Acc) -> apply(fun apply_loop/2, [N - 1, Acc + 3]).

apply3_loop(0, Acc) -> Acc;
apply3_loop(N, Acc) -> erlang:apply(?MODULE, ext_loop, [N - 1, Acc]).

fun_loop(F, 0, Acc) -> {F, Acc};
fun_loop(F, N, Acc) -> F(F, N - 1, Acc + 1).

ping(0, Acc) -> Acc;
ping(N, Acc) -> ?MODULE:pong(N - 1, [ping | Acc]).

pong(0, Acc) -> Acc;
pong(N, Acc) -> ?MODULE:ping(N - 1, Acc).

case_tail(0, Acc) -> Acc;
case_tail(N, Acc) ->
    case N rem 3 of
        0 -> case_tail(N - 1, Acc + 1);
        1 -> if N > 5 -> case_tail(N - 1, Acc); true -> case_tail(N - 1, Acc - 1) end;
        _ -> try_tail(N - 1, Acc)
    end.

%% a call in the body of try is not a tail call, but calls after it are
try_tail(N, Acc) ->
    V = try N * 2 catch _:_ -> 0 end,
    case_tail(N, Acc + V rem 2).

dynamic_loop(_, _, 0, Acc) -> Acc;
dynamic_loop(M, F, N, Acc) -> M:F(M, F, N - 1, Acc + 1).

main() ->
    I = fun ?MODULE:id/1,
    N = I(1000000),
    p(local, local_loop(N, 0)),
    p(external, ext_loop(N, 0)),
    p(apply2, apply_loop(N, 0)),
    p(apply3, apply3_loop(N, 0)),
    p(fun_call, element(2, fun_loop(fun fun_loop/3, N, 0))),
    p(mutual_external, length(ping(N, []))),
    p(case_if_try, case_tail(N, 0)),
    p(dynamic, dynamic_loop_entry(N)),
    p(named_fun, (fun Loop(0, A) -> A; Loop(K, A) -> Loop(K - 1, A + 1) end)(N, 0)),
    p(lists_funs, {lists:foldl(fun(X, A) -> X + A end, 0, lists:seq(1, N)), length(lists:map(fun(X) -> X end, lists:seq(1, N)))}),
    ok.

dynamic_loop_entry(N) ->
    put(dyn_n, N),
    F = fun Self(_, _, 0, Acc) -> Acc; Self(M, Fn, K, Acc) -> Self(M, Fn, K - 1, Acc + 1) end,
    {F(x, y, N, 0), dynamic_loop(?MODULE, id(dynamic_loop), N, 0), erase(dyn_n)}.
