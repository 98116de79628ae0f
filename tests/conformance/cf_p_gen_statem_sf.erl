-module(cf_p_gen_statem_sf).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, terminate/3]).
-export([locked/3, open/3]).

%% gen_statem in state_functions mode: a code lock with enter calls,
%% call/cast/info events, {reply, ...} actions, state_timeout (0 ms and
%% longer), keep_state/repeat_state, and stop with a normal reason.

p(T, V) -> io:format("~p~n", [{T, V}]).

callback_mode() -> [state_functions, state_enter].

init({Code, OpenMs, Parent}) -> {ok, locked, #{code => Code, open_ms => OpenMs, buf => [], parent => Parent, log => []}}.

locked(enter, Old, D = #{log := L}) -> {keep_state, D#{buf := [], log := [{enter_locked, Old} | L]}};
locked(cast, {button, B}, D = #{code := Code, buf := Buf}) ->
    case lists:reverse([B | Buf]) of
        Code -> {next_state, open, D};
        Partial ->
            case lists:prefix(Partial, Code) of
                true -> {keep_state, D#{buf := [B | Buf]}};
                false -> {keep_state, D#{buf := []}}
            end
    end;
locked({call, From}, state, D) -> {keep_state, D, [{reply, From, {locked, length(maps:get(buf, D))}}]};
locked({call, From}, log, #{log := L}) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]};
locked({call, From}, repeat, D) -> {repeat_state, D, [{reply, From, repeated}]};
locked(info, Msg, D = #{log := L}) -> {keep_state, D#{log := [{info_locked, Msg} | L]}}.

open(enter, Old, D = #{log := L, open_ms := Ms}) -> {keep_state, D#{log := [{enter_open, Old} | L]}, [{state_timeout, Ms, relock}]};
open(state_timeout, relock, D) -> {next_state, locked, D};
open({call, From}, state, _D) -> {keep_state_and_data, [{reply, From, open}]};
open({call, From}, stop, D) -> {stop_and_reply, normal, [{reply, From, stopping}], D};
open(cast, {button, _}, _D) -> keep_state_and_data;
open(info, Msg, D = #{log := L}) -> {keep_state, D#{log := [{info_open, Msg} | L]}}.

terminate(Reason, State, #{parent := P}) -> P ! {terminated, Reason, State}.

main() ->
    {ok, S} = gen_statem:start(?MODULE, {[1, 2, 3], 150, self()}, []),
    p(initial, gen_statem:call(S, state)),
    gen_statem:cast(S, {button, 1}),
    gen_statem:cast(S, {button, 2}),
    p(partial, gen_statem:call(S, state)),
    gen_statem:cast(S, {button, 9}),
    p(wrong, gen_statem:call(S, state)),
    [gen_statem:cast(S, {button, B}) || B <- [1, 2, 3]],
    p(opened, gen_statem:call(S, state)),
    S ! while_open,
    timer:sleep(250),
    p(relocked, gen_statem:call(S, state)),
    p(repeat, gen_statem:call(S, repeat)),
    S ! while_locked,
    p(log, gen_statem:call(S, log)),
    [gen_statem:cast(S, {button, B}) || B <- [1, 2, 3]],
    p(stop_reply, gen_statem:call(S, stop)),
    p(terminated, receive {terminated, R, St} -> {R, St} after 2000 -> timeout end),
    %% state timeout of 0 ms fires right after entering
    {ok, S2} = gen_statem:start(?MODULE, {[7], 0, self()}, []),
    gen_statem:cast(S2, {button, 7}),
    timer:sleep(20),
    p(after_open_timeout, gen_statem:call(S2, state)),
    gen_statem:stop(S2),
    p(stop2, receive {terminated, R2, St2} -> {R2, St2} after 2000 -> timeout end),
    ok.
