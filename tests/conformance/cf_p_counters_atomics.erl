-module(cf_p_counters_atomics).
-export([main/0]).

%% counters and atomics as OTP: new/get/add/sub/put/info, exchange,
%% compare_exchange, wrap-around, signedness, and the badarg / system_limit
%% frames (with error_info) for bad arguments.

clean(T) when is_reference(T) -> ref;
clean(T) when is_pid(T) -> pid;
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(T) when is_map(T) -> maps:from_list(clean(maps:to_list(T)));
clean(T) -> T.

t(F) ->
    try F() of
        V -> {ok, clean(V)}
    catch
        C:E:S -> {C, clean(E), clean(hd(S))}
    end.

p(Name, F) -> io:format("~p: ~0p~n", [Name, t(F)]).

%% info/1 without memory, which is implementation specific.
info(I) -> maps:remove(memory, I).

main() ->
    Max64 = (1 bsl 63) - 1,
    Min64 = -(1 bsl 63),
    MaxU = (1 bsl 64) - 1,
    %% atomics
    A = atomics:new(3, []),
    U = atomics:new(2, [{signed, false}]),
    p(a_info, fun() -> info(atomics:info(A)) end),
    p(u_info, fun() -> info(atomics:info(U)) end),
    p(a_is_ref, fun() -> is_reference(A) end),
    p(a_get0, fun() -> [atomics:get(A, I) || I <- [1, 2, 3]] end),
    p(a_put, fun() -> atomics:put(A, 1, 42) end),
    p(a_get1, fun() -> atomics:get(A, 1) end),
    p(a_add, fun() -> atomics:add(A, 1, 8) end),
    p(a_add_get, fun() -> atomics:add_get(A, 1, -60) end),
    p(a_sub, fun() -> atomics:sub(A, 2, 5) end),
    p(a_sub_get, fun() -> atomics:sub_get(A, 2, 5) end),
    p(a_exchange, fun() -> atomics:exchange(A, 3, 7) end),
    p(a_exchange2, fun() -> atomics:exchange(A, 3, 9) end),
    p(a_cx_ok, fun() -> atomics:compare_exchange(A, 3, 9, 10) end),
    p(a_cx_fail, fun() -> atomics:compare_exchange(A, 3, 9, 11) end),
    p(a_after, fun() -> [atomics:get(A, I) || I <- [1, 2, 3]] end),
    p(a_max, fun() -> atomics:put(A, 1, Max64), atomics:add_get(A, 1, 1) end),
    p(a_min, fun() -> atomics:put(A, 1, Min64), atomics:sub_get(A, 1, 1) end),
    p(a_put_big, fun() -> atomics:put(A, 1, Max64 + 1) end),
    p(a_add_big, fun() -> atomics:add(A, 1, Max64 + 1) end),
    p(a_add_small, fun() -> atomics:add(A, 1, Min64 - 1) end),
    p(u_put_neg, fun() -> atomics:put(U, 1, -1) end),
    p(u_put_max, fun() -> atomics:put(U, 1, MaxU), atomics:get(U, 1) end),
    p(u_wrap, fun() -> atomics:add_get(U, 1, 1) end),
    p(u_add_neg, fun() -> atomics:add_get(U, 1, -1) end),
    p(u_sub, fun() -> atomics:sub_get(U, 2, 1) end),
    p(u_exchange_big, fun() -> atomics:exchange(U, 2, MaxU) end),
    p(u_cx, fun() -> atomics:compare_exchange(U, 2, MaxU, 0) end),
    p(a_get_ix0, fun() -> atomics:get(A, 0) end),
    p(a_get_ix4, fun() -> atomics:get(A, 4) end),
    p(a_get_badref, fun() -> atomics:get(x, 1) end),
    p(a_get_make_ref, fun() -> atomics:get(make_ref(), 1) end),
    p(a_put_atom, fun() -> atomics:put(A, 1, x) end),
    p(a_add_float, fun() -> atomics:add(A, 1, 1.0) end),
    p(a_sub_atom, fun() -> atomics:sub(A, 1, x) end),
    p(a_sub_get_atom, fun() -> atomics:sub_get(A, 1, x) end),
    p(a_exchange_bad, fun() -> atomics:exchange(A, 9, 1) end),
    p(a_cx_bad, fun() -> atomics:compare_exchange(A, 1, x, 1) end),
    p(a_info_bad, fun() -> atomics:info(x) end),
    p(a_new0, fun() -> atomics:new(0, []) end),
    p(a_new_atom, fun() -> atomics:new(x, []) end),
    p(a_new_badopt, fun() -> atomics:new(1, [bad]) end),
    p(a_new_badopts, fun() -> atomics:new(1, bad) end),
    p(a_new_signed_bad, fun() -> atomics:new(1, [{signed, x}]) end),
    p(a_new_limit, fun() -> atomics:new(1 bsl 62, []) end),
    p(a_new_two_opts, fun() -> info(atomics:info(atomics:new(1, [{signed, false}, {signed, true}]))) end),
    %% counters
    C = counters:new(2, []),
    W = counters:new(2, [write_concurrency]),
    CA = counters:new(1, [atomics]),
    p(c_shape, fun() -> [element(1, X) || X <- [C, W, CA]] end),
    p(c_info, fun() -> [info(counters:info(X)) || X <- [C, W, CA]] end),
    p(c_ops, fun() ->
                     [begin
                          ok = counters:add(X, 1, 10),
                          ok = counters:sub(X, 1, 3),
                          ok = counters:put(X, 2, -5),
                          ok = counters:add(X, 2, 2),
                          {counters:get(X, 1), counters:get(X, 2)}
                      end || X <- [C, W]]
             end),
    p(c_wrap, fun() ->
                      [begin
                           ok = counters:put(X, 1, Max64),
                           ok = counters:add(X, 1, 1),
                           counters:get(X, 1)
                       end || X <- [C, W]]
              end),
    p(c_sub_wrap, fun() ->
                          [begin
                               ok = counters:put(X, 1, Min64),
                               ok = counters:sub(X, 1, 1),
                               counters:get(X, 1)
                           end || X <- [C, W]]
                  end),
    p(c_get_badref, fun() -> counters:get(x, 1) end),
    p(c_get_badtuple, fun() -> counters:get({atomics, x}, 1) end),
    p(c_get_ix, fun() -> counters:get(C, 3) end),
    p(w_get_ix, fun() -> counters:get(W, 0) end),
    p(c_add_big, fun() -> counters:add(C, 1, 1 bsl 64) end),
    p(w_add_big, fun() -> counters:add(W, 1, 1 bsl 64) end),
    p(c_add_atom, fun() -> counters:add(C, 1, x) end),
    p(c_sub_atom, fun() -> counters:sub(C, 1, x) end),
    p(w_sub_atom, fun() -> counters:sub(W, 1, x) end),
    p(c_put_atom, fun() -> counters:put(C, 1, x) end),
    p(w_put_big, fun() -> counters:put(W, 1, 1 bsl 63) end),
    p(c_info_bad, fun() -> counters:info(x) end),
    p(c_new0, fun() -> counters:new(0, []) end),
    p(c_new_badopt, fun() -> counters:new(1, [bad]) end),
    p(c_new_two, fun() -> counters:new(1, [atomics, write_concurrency]) end),
    p(w_new0, fun() -> counters:new(0, [write_concurrency]) end),
    %% shared between processes
    Self = self(),
    Pids = [spawn(fun() ->
                          [counters:add(C, 1, 1) || _ <- lists:seq(1, 100)],
                          [atomics:add(A, 2, 1) || _ <- lists:seq(1, 100)],
                          Self ! done
                  end) || _ <- lists:seq(1, 4)],
    [receive done -> ok end || _ <- Pids],
    p(shared, fun() -> counters:put(C, 1, 0), {counters:get(C, 1), atomics:get(A, 2)} end),
    Pids2 = [spawn(fun() ->
                           [counters:add(C, 2, 1) || _ <- lists:seq(1, 100)],
                           Self ! done
                   end) || _ <- lists:seq(1, 4)],
    [receive done -> ok end || _ <- Pids2],
    p(shared2, fun() -> counters:get(C, 2) end),
    p(in_message, fun() -> Self ! {ref, A}, receive {ref, R} -> atomics:get(R, 3) end end),
    ok.
