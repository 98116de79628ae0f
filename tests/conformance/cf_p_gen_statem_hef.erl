-module(cf_p_gen_statem_hef).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, handle_event/4]).

%% gen_statem in handle_event_function mode: postpone (events retried after
%% a state change, in order), next_event insertion, state_timeout 0,
%% event timeouts cancelled by events, generic timeouts, complex states,
%% and {call, From} replies.

p(T, V) -> io:format("~p~n", [{T, V}]).

callback_mode() -> handle_event_function.

init(Parent) -> {ok, {idle, 0}, #{parent => Parent, seen => []}}.

handle_event(cast, {work, _}, {idle, _}, D) -> {keep_state, D, [postpone]};
handle_event(cast, {work, N}, {busy, C}, D = #{seen := S}) -> {next_state, {busy, C + 1}, D#{seen := [N | S]}};
handle_event(cast, go, {idle, C}, D) -> {next_state, {busy, C}, D};
handle_event(cast, pause, {busy, C}, D) -> {next_state, {idle, C}, D};
handle_event(cast, insert, _State, D = #{seen := S}) ->
    {keep_state, D#{seen := [insert_handler | S]}, [{next_event, internal, first}, {next_event, internal, second}]};
handle_event(internal, X, _State, D = #{seen := S}) -> {keep_state, D#{seen := [{internal, X} | S]}};
handle_event(cast, zero_timeout, State, D) -> {next_state, {zero, State}, D, [{state_timeout, 0, fired}]};
handle_event(state_timeout, fired, {zero, Prev}, D = #{seen := S}) -> {next_state, Prev, D#{seen := [zero_fired | S]}};
handle_event(cast, {event_timeout, T}, _State, D) -> {keep_state, D, [{timeout, T, ev_fired}]};
handle_event(timeout, ev_fired, _State, D = #{seen := S}) -> {keep_state, D#{seen := [event_timeout_fired | S]}};
handle_event(cast, {generic, Name, T}, _State, D) -> {keep_state, D, [{{timeout, Name}, T, Name}]};
handle_event({timeout, Name}, Name, _State, D = #{seen := S}) -> {keep_state, D#{seen := [{generic, Name} | S]}};
handle_event(cast, ping, _State, D = #{seen := S}) -> {keep_state, D#{seen := [ping | S]}};
handle_event({call, From}, get, State, #{seen := S}) -> {keep_state_and_data, [{reply, From, {State, lists:reverse(S)}}]};
handle_event({call, From}, clear, _State, D) -> {keep_state, D#{seen := []}, [{reply, From, ok}]}.

main() ->
    {ok, S} = gen_statem:start_link(?MODULE, self(), []),
    [gen_statem:cast(S, {work, N}) || N <- [1, 2, 3]],
    p(postponed, gen_statem:call(S, get)),
    gen_statem:cast(S, go),
    p(after_go, gen_statem:call(S, get)),
    gen_statem:cast(S, pause),
    gen_statem:cast(S, {work, 4}),
    gen_statem:cast(S, {work, 5}),
    gen_statem:cast(S, go),
    p(second_batch, gen_statem:call(S, get)),
    gen_statem:call(S, clear),
    gen_statem:cast(S, insert),
    gen_statem:cast(S, ping),
    p(next_event_order, gen_statem:call(S, get)),
    gen_statem:call(S, clear),
    gen_statem:cast(S, zero_timeout),
    timer:sleep(20),
    p(zero_state_timeout, gen_statem:call(S, get)),
    gen_statem:call(S, clear),
    gen_statem:cast(S, {event_timeout, 10}),
    timer:sleep(60),
    p(event_timeout, gen_statem:call(S, get)),
    gen_statem:call(S, clear),
    gen_statem:cast(S, {event_timeout, 200}),
    gen_statem:cast(S, ping),
    timer:sleep(250),
    p(event_timeout_cancelled, gen_statem:call(S, get)),
    gen_statem:call(S, clear),
    gen_statem:cast(S, ping),
    gen_statem:cast(S, {generic, t_b, 50}),
    gen_statem:cast(S, {generic, t_a, 10}),
    timer:sleep(100),
    p(generic_timeouts, gen_statem:call(S, get)),
    unlink(S),
    gen_statem:stop(S),
    ok.
