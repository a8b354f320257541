namespace Vms.Simulators.Camera;

/// <summary>Events: the pull points and the motion alarm (scene-driven, or forced by fault control).</summary>
public sealed partial class SimulatedCamera
{
    private EventPullPoints? _eventPoints;

    /// <summary>
    /// Forces the <c>tns1:VideoSource/MotionAlarm</c> state (true: motion, false: none) until called with null, when the
    /// alarm follows the scene's moving block again. Waiting PullMessages answer at once with the change.
    /// </summary>
    public void TriggerMotion(bool? state) => EventPoints.Force(state);

    /// <summary>Whether the motion alarm is on now (camera clock).</summary>
    public bool MotionDetected => EventPoints.Detector.StateAt(_clock.GetUtcNow());

    /// <summary>Open pull-point subscriptions.</summary>
    public int EventSubscriptionCount => EventPoints.Count;

    internal EventPullPoints EventPoints =>
        LazyInitializer.EnsureInitialized(ref _eventPoints, () =>
            new EventPullPoints(new SceneMotionDetector(_clock.GetUtcNow(), () => EncoderSettings(StreamKind.Main))));
}
