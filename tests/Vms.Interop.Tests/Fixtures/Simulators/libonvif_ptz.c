/*
 * PTZ preset driver for the interop tests: drives one camera through the ONVIF client library libonvif
 * (Debian libonvif1 / libonvif-dev), using the library's own functions only.
 *
 *   libonvif_ptz DEVICE_SERVICE_URL USER PASSWORD preset TOKEN      SetPreset TOKEN at the current position
 *   libonvif_ptz DEVICE_SERVICE_URL USER PASSWORD move X Y HOLD_MS  ContinuousMove (X, Y), held HOLD_MS, then Stop
 *   libonvif_ptz DEVICE_SERVICE_URL USER PASSWORD goto TOKEN        GotoPreset TOKEN
 *
 * Every phase first reads the camera clock offset, the capabilities (service addresses), the first profile's
 * token and that profile, and its stream URI. Each step prints one line:
 *   step=<function> rc=<result> [values] error=<libonvif's last_error>
 * The exit code is 0 when every step succeeded, 1 when one failed (the failing step is the last line), 2 on bad
 * arguments. HOLD_MS is how long the move is held, like a joystick press between ContinuousMove and Stop.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <onvif.h>

/* prints text without its line breaks (libonvif keeps "POST <path> HTTP/1.1\r\n" as a service address) */
static void print_flat(const char *text)
{
    for (; *text != '\0'; text++) {
        if (*text != '\r' && *text != '\n') {
            putchar(*text);
        }
    }
}

static int report(const char *step, int rc, const char *values, struct OnvifData *data)
{
    printf("step=%s rc=%d ", step, rc);
    print_flat(values);
    printf(" error=");
    print_flat(data->last_error);
    putchar('\n');
    fflush(stdout);
    return rc;
}

static int hold(long milliseconds)
{
    struct timespec left = { milliseconds / 1000, (milliseconds % 1000) * 1000000L };
    while (nanosleep(&left, &left) != 0) {
        if (errno != EINTR) {
            return -1;
        }
    }

    return 0;
}

static int connect_camera(struct OnvifData *data)
{
    char values[4096];
    int rc = getTimeOffset(data);
    snprintf(values, sizeof values, "time_offset=%ld", (long)data->time_offset);
    if (report("getTimeOffset", rc, values, data) != 0) {
        return rc;
    }

    rc = getCapabilities(data);
    snprintf(values, sizeof values, "device_service=%s media_service=%s ptz_service=%s", data->device_service, data->media_service, data->ptz_service);
    if (report("getCapabilities", rc, values, data) != 0) {
        return rc;
    }

    if (data->ptz_service[0] == '\0') {
        strcpy(data->last_error, "the capabilities list no PTZ service");
        return report("getCapabilities", -1, "ptz_service=", data);
    }

    rc = getProfileToken(data, 0);
    snprintf(values, sizeof values, "profile=%s", data->profileToken);
    if (report("getProfileToken", rc, values, data) != 0) {
        return rc;
    }

    rc = getProfile(data);
    snprintf(values, sizeof values, "width=%d height=%d frame_rate=%d", data->width, data->height, data->frame_rate);
    if (report("getProfile", rc, values, data) != 0) {
        return rc;
    }

    rc = getStreamUri(data);
    snprintf(values, sizeof values, "stream_uri=%s", data->stream_uri);
    return report("getStreamUri", rc, values, data);
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: %s DEVICE_SERVICE_URL USER PASSWORD preset|goto TOKEN | move X Y HOLD_MS\n", argv[0]);
        return 2;
    }

    const char *phase = argv[4];
    struct OnvifData *data = calloc(1, sizeof *data);
    if (data == NULL) {
        return 2;
    }

    snprintf(data->xaddrs, sizeof data->xaddrs, "%s", argv[1]);
    snprintf(data->username, sizeof data->username, "%s", argv[2]);
    snprintf(data->password, sizeof data->password, "%s", argv[3]);
    /* the device service request line ("POST <path> HTTP/1.1") comes from the URL, as libonvif's own clients do */
    snprintf(data->device_service, sizeof data->device_service, "%s", argv[1]);
    extractOnvifService(data->device_service, true);

    int rc = connect_camera(data);
    if (rc == 0) {
        char values[512];
        if (strcmp(phase, "preset") == 0) {
            rc = setPreset(argv[5], data);
            snprintf(values, sizeof values, "token=%s", argv[5]);
            report("setPreset", rc, values, data);
        } else if (strcmp(phase, "goto") == 0) {
            rc = gotoPreset(argv[5], data);
            snprintf(values, sizeof values, "token=%s", argv[5]);
            report("gotoPreset", rc, values, data);
        } else if (strcmp(phase, "move") == 0 && argc >= 8) {
            float x = strtof(argv[5], NULL);
            float y = strtof(argv[6], NULL);
            long milliseconds = strtol(argv[7], NULL, 10);
            rc = continuousMove(x, y, 0, data);
            snprintf(values, sizeof values, "x=%.2f y=%.2f", x, y);
            if (report("continuousMove", rc, values, data) == 0) {
                rc = hold(milliseconds);
                snprintf(values, sizeof values, "held_ms=%ld", milliseconds);
                printf("step=hold rc=%d %s\n", rc, values);
                fflush(stdout);
                rc = moveStop(PAN_TILT_STOP, data);
                report("moveStop", rc, "type=PAN_TILT_STOP", data);
            }
        } else {
            fprintf(stderr, "unknown phase '%s'\n", phase);
            free(data);
            return 2;
        }
    }

    free(data);
    return rc == 0 ? 0 : 1;
}
