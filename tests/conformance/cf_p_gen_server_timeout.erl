-module(cf_p_gen_server_timeout).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

%% gen_server:call timeouts: the caller exits with {timeout, {gen_server,
%% call, _}} (only the class and the atom are printed), the late reply is
%% discarded, the server stays alive; handle_* timeouts via {noreply, S, T};
%% calls with infinity; calls to self deadlock detection (calling_self).

p(T, V) -> io:format("~p~n", [{T, V}]).

init([]) -> {ok, []}.

handle_call({sleep, Ms}, _From, S) -> sleep(Ms), {reply, slept, S};
handle_call(arm_timeout, _From, S) -> {reply, armed, [armed | S], 100};
handle_call(get, _From, S) -> {reply, lists:reverse(S), S};
handle_call(call_self, _From, S) ->
    R = try gen_server:call(self(), get) catch exit:{Why, _} -> {exit, Why} end,
    {reply, R, S}.

handle_cast(_, S) -> {noreply, S}.

handle_info(timeout, S) -> {noreply, [timeout_fired | S]};
handle_info(_, S) -> {noreply, S}.

%% (a receive with a clause: timer:sleep's bare `receive after` is exercised elsewhere)
sleep(Ms) -> receive {'$cf_never'} -> ok after Ms -> ok end.

flush() -> receive M -> [M | flush()] after 0 -> [] end.

main() ->
    {ok, S} = gen_server:start(?MODULE, [], []),
    R1 = try gen_server:call(S, {sleep, 100}, 10) catch Class:{Reason, {gen_server, call, _}} -> {Class, Reason} end,
    p(call_timeout, R1),
    sleep(150),
    p(late_reply_dropped, flush()),
    p(server_alive, [is_process_alive(S), gen_server:call(S, get)]),
    p(infinity, gen_server:call(S, {sleep, 5}, infinity)),
    %% a catch-all form
    R2 = (catch gen_server:call(S, {sleep, 60}, 5)),
    p(catch_form, case R2 of {'EXIT', {timeout, _}} -> caught_timeout; Other -> Other end),
    sleep(100),
    p(still_empty, flush()),
    %% {reply, R, S, Timeout}: a timeout message arrives when idle
    p(arm, gen_server:call(S, arm_timeout)),
    sleep(200),
    p(after_idle, gen_server:call(S, get)),
    %% the timeout is cancelled by any message arriving before it
    p(arm2, gen_server:call(S, arm_timeout)),
    p(get_cancels, gen_server:call(S, get)),
    sleep(40),
    p(no_second_timeout, gen_server:call(S, get)),
    %% calling oneself is detected
    p(call_self, gen_server:call(S, call_self)),
    %% zero timeout on a busy server
    gen_server:cast(S, nothing),
    R3 = try gen_server:call(S, {sleep, 30}, 0) catch C3:{Why3, _} -> {C3, Why3} end,
    p(zero_timeout, R3),
    gen_server:stop(S),
    ok.
