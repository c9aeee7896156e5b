// A Vulkan layer for testing only: reports the descriptor-array dynamic-indexing features that
// lavapipe (Mesa 22.3) lacks, so Dawn accepts the software adapter, and strips them again from
// vkCreateDevice. WebGPU compute shaders never index texel-buffer or image arrays.
#include <vulkan/vulkan.h>
#include <vulkan/vk_layer.h>
#include <string.h>
#include <stdlib.h>

static PFN_vkGetInstanceProcAddr next_gipa;
static PFN_vkGetDeviceProcAddr next_gdpa;
static PFN_vkGetPhysicalDeviceFeatures next_features;
static PFN_vkGetPhysicalDeviceFeatures2 next_features2;
static PFN_vkCreateDevice next_create_device;
static VkPhysicalDeviceFeatures real;

static void lie(VkPhysicalDeviceFeatures* f) {
    f->shaderSampledImageArrayDynamicIndexing = VK_TRUE;
    f->shaderStorageImageArrayDynamicIndexing = VK_TRUE;
    f->shaderUniformBufferArrayDynamicIndexing = VK_TRUE;
    f->shaderStorageBufferArrayDynamicIndexing = VK_TRUE;
}
static void undo(VkPhysicalDeviceFeatures* f) {
    f->shaderSampledImageArrayDynamicIndexing &= real.shaderSampledImageArrayDynamicIndexing;
    f->shaderStorageImageArrayDynamicIndexing &= real.shaderStorageImageArrayDynamicIndexing;
    f->shaderUniformBufferArrayDynamicIndexing &= real.shaderUniformBufferArrayDynamicIndexing;
    f->shaderStorageBufferArrayDynamicIndexing &= real.shaderStorageBufferArrayDynamicIndexing;
}
static VKAPI_ATTR void VKAPI_CALL features(VkPhysicalDevice pd, VkPhysicalDeviceFeatures* f) {
    next_features(pd, f); real = *f; lie(f);
}
static VKAPI_ATTR void VKAPI_CALL features2(VkPhysicalDevice pd, VkPhysicalDeviceFeatures2* f) {
    next_features2(pd, f); real = f->features; lie(&f->features);
}
static VKAPI_ATTR VkResult VKAPI_CALL create_device(VkPhysicalDevice pd, const VkDeviceCreateInfo* ci,
                                                    const VkAllocationCallbacks* a, VkDevice* d) {
    VkLayerDeviceCreateInfo* link = (VkLayerDeviceCreateInfo*)ci->pNext;
    while (link && !(link->sType == VK_STRUCTURE_TYPE_LOADER_DEVICE_CREATE_INFO && link->function == VK_LAYER_LINK_INFO))
        link = (VkLayerDeviceCreateInfo*)link->pNext;
    PFN_vkGetInstanceProcAddr gipa = link->u.pLayerInfo->pfnNextGetInstanceProcAddr;
    next_gdpa = link->u.pLayerInfo->pfnNextGetDeviceProcAddr;
    link->u.pLayerInfo = link->u.pLayerInfo->pNext;
    PFN_vkCreateDevice create = (PFN_vkCreateDevice)gipa(VK_NULL_HANDLE, "vkCreateDevice");
    VkDeviceCreateInfo copy = *ci;
    VkPhysicalDeviceFeatures enabled;
    if (ci->pEnabledFeatures) { enabled = *ci->pEnabledFeatures; undo(&enabled); copy.pEnabledFeatures = &enabled; }
    for (VkBaseOutStructure* s = (VkBaseOutStructure*)copy.pNext; s; s = s->pNext)
        if (s->sType == VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2) undo(&((VkPhysicalDeviceFeatures2*)s)->features);
    return create(pd, &copy, a, d);
}
static VKAPI_ATTR VkResult VKAPI_CALL create_instance(const VkInstanceCreateInfo* ci, const VkAllocationCallbacks* a,
                                                      VkInstance* inst) {
    VkLayerInstanceCreateInfo* link = (VkLayerInstanceCreateInfo*)ci->pNext;
    while (link && !(link->sType == VK_STRUCTURE_TYPE_LOADER_INSTANCE_CREATE_INFO && link->function == VK_LAYER_LINK_INFO))
        link = (VkLayerInstanceCreateInfo*)link->pNext;
    next_gipa = link->u.pLayerInfo->pfnNextGetInstanceProcAddr;
    link->u.pLayerInfo = link->u.pLayerInfo->pNext;
    PFN_vkCreateInstance create = (PFN_vkCreateInstance)next_gipa(VK_NULL_HANDLE, "vkCreateInstance");
    VkResult r = create(ci, a, inst);
    if (r == VK_SUCCESS) {
        next_features = (PFN_vkGetPhysicalDeviceFeatures)next_gipa(*inst, "vkGetPhysicalDeviceFeatures");
        next_features2 = (PFN_vkGetPhysicalDeviceFeatures2)next_gipa(*inst, "vkGetPhysicalDeviceFeatures2");
        if (!next_features2) next_features2 = (PFN_vkGetPhysicalDeviceFeatures2)next_gipa(*inst, "vkGetPhysicalDeviceFeatures2KHR");
    }
    return r;
}
VKAPI_ATTR PFN_vkVoidFunction VKAPI_CALL layer_GetDeviceProcAddr(VkDevice d, const char* name) {
    if (!strcmp(name, "vkGetDeviceProcAddr")) return (PFN_vkVoidFunction)layer_GetDeviceProcAddr;
    return next_gdpa(d, name);
}
VKAPI_ATTR PFN_vkVoidFunction VKAPI_CALL layer_GetInstanceProcAddr(VkInstance inst, const char* name) {
    if (!strcmp(name, "vkGetInstanceProcAddr")) return (PFN_vkVoidFunction)layer_GetInstanceProcAddr;
    if (!strcmp(name, "vkCreateInstance")) return (PFN_vkVoidFunction)create_instance;
    if (!strcmp(name, "vkCreateDevice")) return (PFN_vkVoidFunction)create_device;
    if (!strcmp(name, "vkGetDeviceProcAddr")) return (PFN_vkVoidFunction)layer_GetDeviceProcAddr;
    if (!strcmp(name, "vkGetPhysicalDeviceFeatures")) return (PFN_vkVoidFunction)features;
    if (!strcmp(name, "vkGetPhysicalDeviceFeatures2") || !strcmp(name, "vkGetPhysicalDeviceFeatures2KHR")) return (PFN_vkVoidFunction)features2;
    return next_gipa(inst, name);
}
VKAPI_ATTR VkResult VKAPI_CALL vkNegotiateLoaderLayerInterfaceVersion(VkNegotiateLayerInterface* v) {
    if (v->loaderLayerInterfaceVersion > 2) v->loaderLayerInterfaceVersion = 2;
    v->pfnGetInstanceProcAddr = layer_GetInstanceProcAddr;
    v->pfnGetDeviceProcAddr = layer_GetDeviceProcAddr;
    v->pfnGetPhysicalDeviceProcAddr = NULL;
    return VK_SUCCESS;
}
